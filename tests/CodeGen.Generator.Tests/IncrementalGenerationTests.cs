using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Incremental caching, checked with tracked steps over real <see cref="GeneratorDriver"/> reruns
/// (Mapperly's run-reason checks): what an edit re-runs, and which outputs it changes.
/// </summary>
public class IncrementalGenerationTests
{
    private const string UserCode = "namespace Consumer { public class Widget { } }";

    [Fact]
    public void EditingAnUnrelatedCSharpFileLeavesEveryStepCached()
    {
        var (driver, compilation, _) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
            "namespace Consumer { public class Widget { public int Size { get; set; } } }", GeneratorHarness.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(result, StepNames.ModelFiles, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.ModelInputs, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.Parse, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.EmitUnits, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.Emit, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void AddingACSharpFileLeavesEveryStepCached()
    {
        var (driver, compilation, _) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { public class Gadget { } }", GeneratorHarness.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllOutputs(result, StepNames.Parse, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.EmitUnits, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.Emit, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingADocumentationStringReParsesAndChangesOnlyThatTypesFile()
    {
        var (driver, compilation, model) = FirstRun();
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        const string original = "The unique identifier for the user that you want to update.";
        const string replacement = "The identifier of the user to update, as returned by CreateUser.";
        var modelText = FinSpaceGeneration.ModelText;
        Assert.Equal(1, Occurrences(modelText, original));

        driver = driver.ReplaceAdditionalText(
            model,
            new InMemoryAdditionalText(FinSpaceGeneration.ModelPath, modelText.Replace(original, replacement)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllOutputs(result, StepNames.Parse, IncrementalStepRunReason.Modified);
        var changedUnit = Assert.Single(Outputs(result, StepNames.EmitUnits), o => o.Reason != IncrementalStepRunReason.Unchanged);
        Assert.Equal(IncrementalStepRunReason.Modified, changedUnit.Reason);
        Assert.Equal("UpdateUserRequest", Assert.IsType<StructureUnit>(changedUnit.Value).Structure.TypeName);

        var emitted = Outputs(result, StepNames.Emit);
        var changedSource = Assert.Single(emitted, o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(IncrementalStepRunReason.Modified, changedSource.Reason);
        Assert.Equal(FinSpaceGeneration.HintName("UpdateUserRequest"), ((GeneratedSource)changedSource.Value).HintName);

        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        var changedFile = Assert.Single(after, pair => pair.Value != before[pair.Key]);
        Assert.Equal(FinSpaceGeneration.HintName("UpdateUserRequest"), changedFile.Key);
        Assert.Contains(replacement, changedFile.Value);
    }

    [Fact]
    public void WhitespaceOnlyModelEditProducesAnEqualSpecAndReEmitsNothing()
    {
        var (driver, compilation, model) = FirstRun();
        var compact = JsonNode.Parse(FinSpaceGeneration.ModelText)!.ToJsonString();
        Assert.NotEqual(FinSpaceGeneration.ModelText, compact);

        driver = driver.ReplaceAdditionalText(
            model,
            new InMemoryAdditionalText(FinSpaceGeneration.ModelPath, compact));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // The model text changed, so the parse step ran on a modified input...
        var parse = Assert.Single(result.TrackedSteps[StepNames.Parse]);
        Assert.Equal(IncrementalStepRunReason.Modified, parse.Inputs.Single().Source.Outputs[parse.Inputs.Single().OutputIndex].Reason);
        // ...and produced a spec equal to the previous one, so nothing downstream ran again.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(parse.Outputs).Reason);
        AssertAllOutputs(result, StepNames.EmitUnits, IncrementalStepRunReason.Cached);
        AssertAllOutputs(result, StepNames.Emit, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void RunningAgainWithoutChangesCachesEveryStep()
    {
        var (driver, compilation, _) = FirstRun();

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.NotEmpty(result.TrackedSteps[StepNames.Emit]);
        foreach (var step in new[] { StepNames.ModelFiles, StepNames.ModelInputs, StepNames.Parse, StepNames.EmitUnits, StepNames.Emit })
        {
            AssertAllOutputs(result, step, IncrementalStepRunReason.Cached);
        }
    }

    [Fact]
    public void FirstRunReportsEveryStepAsNew()
    {
        // Guards the tests above: the tracked step names exist and are populated.
        var (driver, _, _) = FirstRun();

        var result = driver.GetRunResult().Results.Single();

        foreach (var step in new[] { StepNames.ModelFiles, StepNames.ModelInputs, StepNames.Parse, StepNames.EmitUnits, StepNames.Emit })
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), "No tracked step " + step);
            AssertAllOutputs(result, step, IncrementalStepRunReason.New);
        }

        Assert.Equal(result.GeneratedSources.Length, Outputs(result, StepNames.Emit).Count);
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText Model) FirstRun()
    {
        var compilation = GeneratorHarness.CreateCompilation(UserCode);
        var driver = GeneratorHarness.CreateDriver(FinSpaceGeneration.Inputs(), "Consumer", out var texts).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation, texts.Single(t => t.Path == FinSpaceGeneration.ModelPath));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    private static void AssertAllOutputs(GeneratorRunResult result, string step, IncrementalStepRunReason expected)
    {
        var outputs = Outputs(result, step);
        Assert.NotEmpty(outputs);
        var unexpected = outputs.Where(o => o.Reason != expected).Select(o => o.Reason + ": " + o.Value).ToList();
        Assert.True(unexpected.Count == 0, $"Step {step}: expected every output {expected}, but:\n" + string.Join("\n", unexpected.Take(10)));
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
