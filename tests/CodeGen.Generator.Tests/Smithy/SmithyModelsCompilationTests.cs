using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Every Smithy model the project ships or tests with generates code that compiles without warnings.</summary>
public class SmithyModelsCompilationTests
{
    public static IEnumerable<object[]> SmithyModels() =>
        Directory.GetFiles(GeneratorHarness.TestDataPath("TestData", "models", "smithy"), "*.json")
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'))
            .Append(ModelSpecs.FinSpaceSmithy)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(SmithyModels))]
    public void SmithyModelCompilesWithoutWarnings(string model)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Model(model)]);

        Assert.True(run.GeneratorDiagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), run.Describe(run.GeneratorDiagnostics));
        Assert.NotEmpty(run.Sources);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }

    [Fact]
    public void EverySmithyTestModelIsTested()
    {
        // dynamodb, glacier, kinesis, lambda, secrets-manager, sqs, sso-oidc, and FinSpace Data.
        Assert.Equal(8, SmithyModels().Count());
    }
}
