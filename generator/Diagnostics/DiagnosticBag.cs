using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>Collects diagnostics as data while reading and analysing a model; reading goes on after each.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, DiagnosticLocation? location, params object?[] arguments)
    {
        _items.Add(DiagnosticInfo.Create(descriptor, location, arguments));
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
    }

    /// <summary>Reports at a span of the model file, resolving its line and column now.</summary>
    public void Report(DiagnosticDescriptor descriptor, Reading.Json.SourceSpan? location, params object?[] arguments) =>
        Report(descriptor, location?.Resolve(), arguments);

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
