using System.IO;
using System.Text;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Reading.Botocore;
using CodeGen.Generator.Reading.Definitions;
using CodeGen.Generator.Reading.Json;
using CodeGen.Generator.Reading.Smithy;
using CodeGen.Generator.Tests.Infrastructure;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Reads model files (with a sibling paginators-1.json when asked) straight into <see cref="ModelResult"/>s.</summary>
internal static class ModelSpecs
{
    public const string FinSpaceBotocore = "specs/finspace-data/service-2.json";
    public const string FinSpaceSmithy = "specs/finspace-data/finspace-data-2020-07-13.smithy.json";
    public const string FinSpacePaginators = "specs/finspace-data/paginators-1.json";

    public static ModelResult Read(string relativePath, string? paginatorsPath = null, params string[] operations) =>
        Read(relativePath, paginatorsPath, new ModelOptions(null, null, operations.ToEquatableArray(), null, "Consumer"));

    public static ModelResult Read(string relativePath, string? paginatorsPath, ModelOptions options)
    {
        var input = new ModelInput(
            "/models/" + relativePath,
            File.ReadAllText(GeneratorHarness.TestDataPath(relativePath)),
            options,
            paginatorsPath is null ? null : "/models/" + paginatorsPath,
            paginatorsPath is null ? null : File.ReadAllText(GeneratorHarness.TestDataPath(paginatorsPath)));
        return ModelReader.Read(input, CancellationToken.None);
    }

    /// <summary>Reads JSON text given inline, as a test's own small model.</summary>
    public static ModelResult ReadText(string text, string path = "/models/test.json", string? service = null, params string[] operations) =>
        ModelReader.Read(
            new ModelInput(path, text, new ModelOptions(null, null, operations.ToEquatableArray(), service, "Consumer"), null, null),
            CancellationToken.None);

    /// <summary>
    /// The reader's own output, before SpecBuilder: for facts that stay in the definitions (paginators as
    /// the model states them), whatever shape the semantic model gives them.
    /// </summary>
    public static ServiceDefinition ReadDefinition(string relativePath, string? paginatorsPath = null) =>
        ReadDefinitionText(
            File.ReadAllText(GeneratorHarness.TestDataPath(relativePath)),
            paginatorsPath is null ? null : File.ReadAllText(GeneratorHarness.TestDataPath(paginatorsPath)));

    public static ServiceDefinition ReadDefinitionText(string text, string? paginatorsText = null)
    {
        var diagnostics = new DiagnosticBag();
        var root = Parse(text, "/models/model.json", diagnostics, out var fields);
        (JsonObject, JsonFields)? paginators = null;
        if (paginatorsText is not null)
        {
            paginators = (Parse(paginatorsText, "/models/paginators-1.json", diagnostics, out var paginatorFields), paginatorFields);
        }

        var definition = SmithyReader.Recognizes(root)
            ? SmithyReader.Read(root, fields, null, paginators, CancellationToken.None)
            : BotocoreReader.Read(root, fields, paginators, CancellationToken.None);
        Xunit.Assert.False(diagnostics.HasErrors, "the model has errors");
        return definition!;
    }

    private static JsonObject Parse(string text, string path, DiagnosticBag diagnostics, out JsonFields fields)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        fields = new JsonFields(new SourcePositions(path, utf8), diagnostics);
        return (JsonObject)JsonParser.Parse(utf8, out _)!;
    }
}
