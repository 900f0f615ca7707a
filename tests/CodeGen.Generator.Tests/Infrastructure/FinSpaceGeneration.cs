using System;
using System.Collections.Generic;
using System.IO;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// The FinSpace Data model run through the generator once per test run and shared by every test that
/// only reads the result, with the same metadata as the consumer project (<c>Namespace="FinSpace.Data"</c>).
/// </summary>
internal static class FinSpaceGeneration
{
    public const string Namespace = "FinSpace.Data";
    public const string ModelPath = "/models/finspace-data/service-2.json";
    public const string PaginatorsPath = "/models/finspace-data/paginators-1.json";

    private static readonly Lazy<GeneratorRun> s_run = new(() => GeneratorHarness.Run(Inputs()));

    public static GeneratorRun Run => s_run.Value;

    public static string ModelText => File.ReadAllText(GeneratorHarness.TestDataPath("specs", "finspace-data", "service-2.json"));

    /// <summary>The model and its paginators, as the ServiceModel props/targets pass them.</summary>
    public static ModelFileInput[] Inputs(string? modelText = null) =>
    [
        new(ModelPath, modelText ?? ModelText, "ServiceModel", new Dictionary<string, string> { ["Namespace"] = Namespace }),
        new(PaginatorsPath, File.ReadAllText(GeneratorHarness.TestDataPath("specs", "finspace-data", "paginators-1.json")), "ServiceModelPaginators"),
    ];

    public static string HintName(string typeName) => Namespace + "." + typeName + ".g.cs";
}
