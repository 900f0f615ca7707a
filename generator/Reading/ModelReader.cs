using System;
using System.Text;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading.Botocore;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;
using CodeGen.Generator.Reading.Smithy;

namespace CodeGen.Generator.Reading;

/// <summary>
/// Reads one model file of either format into a <see cref="ModelResult"/>. The format is told apart by
/// content; nothing after this point knows which it was. Never throws except for cancellation.
/// </summary>
internal static class ModelReader
{
    /// <summary>
    /// Test hook, in the style of the System.Text.Json generator's <c>OnSourceEmitting</c>: called with
    /// each input before it is read, so tests can observe inputs or make reading fail unexpectedly.
    /// Always null outside tests.
    /// </summary>
    internal static Action<ModelInput>? OnReading;

    public static ModelResult Read(ModelInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var positions = new SourcePositions(input.Path, Array.Empty<byte>());
        try
        {
            OnReading?.Invoke(input);
            var utf8 = Encoding.UTF8.GetBytes(input.Text);
            positions = new SourcePositions(input.Path, utf8);
            var definition = ReadDefinition(input, utf8, positions, diagnostics, cancellationToken);
            var spec = definition is null ? null : SpecBuilder.Build(definition, input.Path, input.Options, diagnostics, cancellationToken);
            return new ModelResult(spec, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug of ours must still reach the user as a clear, located error, not as Roslyn's CS8785.
            diagnostics.Report(DiagnosticDescriptors.GeneratorFailure, positions.Locate(0, 0), input.Path, ex.GetType().Name + ": " + ex.Message);
            return new ModelResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static ServiceDefinition? ReadDefinition(
        ModelInput input, byte[] utf8, SourcePositions positions, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var root = ParseJson(utf8, positions, diagnostics);
        if (root is null)
        {
            return null;
        }

        var fields = new JsonFields(positions, diagnostics);

        // Smithy first: a Smithy AST may also have a top-level "metadata" object.
        if (root is JsonObject ast && SmithyReader.Recognizes(ast))
        {
            return SmithyReader.Read(ast, fields, input.Options.Service, ReadPaginators(input, diagnostics), cancellationToken);
        }

        if (root is JsonObject model && BotocoreReader.Recognizes(model))
        {
            return BotocoreReader.Read(model, fields, ReadPaginators(input, diagnostics), cancellationToken);
        }

        diagnostics.Report(DiagnosticDescriptors.UnknownModelFormat, positions.Locate(root.Start, root.Start + 1));
        return null;
    }

    private static (JsonObject, JsonFields)? ReadPaginators(ModelInput input, DiagnosticBag diagnostics)
    {
        if (input.PaginatorsPath is null || input.PaginatorsText is null)
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(input.PaginatorsText);
        var positions = new SourcePositions(input.PaginatorsPath, utf8);
        return ParseJson(utf8, positions, diagnostics) is JsonObject root ? (root, new JsonFields(positions, diagnostics)) : null;
    }

    private static JsonNode? ParseJson(byte[] utf8, SourcePositions positions, DiagnosticBag diagnostics)
    {
        var root = JsonParser.Parse(utf8, out var error);
        if (error is not null)
        {
            var location = error.ByteOffset is { } offset ? positions.Locate(offset, offset) : positions.LocateLineByte(error.Line, error.ByteInLine);
            diagnostics.Report(DiagnosticDescriptors.MalformedJson, location, error.Message);
        }

        return root;
    }
}
