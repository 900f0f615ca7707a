using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

public class FinSpaceCompilationTests
{
    [Fact]
    public void GeneratedFinSpaceCodeCompilesWithoutWarnings()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Model("specs/finspace-data/service-2.json")]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("Consumer.FinSpaceData.UpdateUserRequest.g.cs", run.Sources.Keys);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }
}
