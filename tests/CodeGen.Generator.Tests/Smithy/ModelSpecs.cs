using System.IO;
using System.Threading;
using CodeGen.Generator.Analysis;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Reading;
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
}
