using System.Linq;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A diagnostic as data: descriptor, location and message arguments already turned into strings.</summary>
/// <remarks>Immutable and structurally equal; <see cref="Diagnostic"/> objects are not, which would break incremental caching.</remarks>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, DiagnosticLocation? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, DiagnosticLocation? location, params object?[] arguments) =>
        new(descriptor, location, arguments.Select(a => a?.ToString() ?? string.Empty).ToEquatableArray());

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Descriptor,
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        Arguments.Cast<object>().ToArray());
}
