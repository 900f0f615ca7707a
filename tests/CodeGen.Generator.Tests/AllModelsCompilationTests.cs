using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Every model the project ships or tests with generates code that compiles warning-free.</summary>
public class AllModelsCompilationTests
{
    public static IEnumerable<object[]> BotocoreModels() =>
        Directory.GetFiles(GeneratorHarness.TestDataPath("TestData", "models", "botocore"), "service-2.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'))
            .OrderBy(p => p)
            .Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(BotocoreModels))]
    public void BotocoreModelCompilesWithoutWarnings(string model)
    {
        var paginators = Path.Combine(Path.GetDirectoryName(model)!, "paginators-1.json").Replace('\\', '/');
        ModelFileInput[] files = File.Exists(GeneratorHarness.TestDataPath(paginators))
            ? [GeneratorHarness.Model(model), GeneratorHarness.Model(paginators) with { ItemType = "ServiceModelPaginators" }]
            : [GeneratorHarness.Model(model)];
        var run = GeneratorHarness.Run(files);

        Assert.True(run.GeneratorDiagnostics.All(d => d.Severity < Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), run.Describe(run.GeneratorDiagnostics));
        Assert.NotEmpty(run.Sources);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }
}
