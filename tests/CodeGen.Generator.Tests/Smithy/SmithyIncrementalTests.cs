using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>A Smithy model's spec is value-equal across runs, so the pipeline caches past the parse step.</summary>
public class SmithyIncrementalTests
{
    [Fact]
    public void ReadingTheSameSmithyModelTwiceGivesEqualSpecs()
    {
        var first = ModelSpecs.Read(ModelSpecs.FinSpaceSmithy, ModelSpecs.FinSpacePaginators);
        var second = ModelSpecs.Read(ModelSpecs.FinSpaceSmithy, ModelSpecs.FinSpacePaginators);

        Assert.NotSame(first.Spec, second.Spec);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void WhitespaceOnlyEditOfTheAstReparsesButEmitsNothingNew()
    {
        var model = GeneratorHarness.Model(ModelSpecs.FinSpaceSmithy);
        var original = new InMemoryAdditionalText(model.Path, model.Text);
        var options = new Dictionary<string, AnalyzerConfigOptions>
        {
            [model.Path] = new TestAnalyzerConfigOptions([new("build_metadata.AdditionalFiles.SourceItemType", "ServiceModel")]),
        };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ServiceModelGenerator().AsSourceGenerator()],
            [original],
            GeneratorHarness.ParseOptions,
            new TestAnalyzerConfigOptionsProvider(options, new TestAnalyzerConfigOptions([new("build_property.RootNamespace", "Consumer")])),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(model.Path, model.Text.Replace("\n", "\n  ")));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps["Parse"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        var emitted = result.TrackedSteps["Emit"].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(emitted);
        Assert.All(emitted, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
