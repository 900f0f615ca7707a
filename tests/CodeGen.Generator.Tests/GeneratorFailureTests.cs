using System;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Tests that set the generator's static test hooks. They run alone, after the parallel tests, so no
/// other test's generator run can meet a hook; each hook also fires only for this class's model path.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GeneratorHookCollection
{
    public const string Name = "Generator test hooks";
}

/// <summary>The generator never throws: an unexpected exception becomes CG0007 naming the model file, not Roslyn's CS8785.</summary>
[Collection(GeneratorHookCollection.Name)]
public class GeneratorFailureTests
{
    private const string ModelPath = "/models/failing/service-2.json";

    private const string Shapes = """
        "DoThingInput": {
          "type": "structure",
          "members": {
            "Name": { "shape": "Name" }
          }
        },
        "Name": { "type": "string" }
        """;

    [Fact]
    public void ExceptionWhileReadingTheModelIsReportedAsCG0007NamingTheModelFile()
    {
        ModelReader.OnReading = input =>
        {
            if (input.Path == ModelPath)
            {
                throw new InvalidOperationException("simulated reader bug");
            }
        };
        GeneratorRun run;
        try
        {
            run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(Shapes), path: ModelPath)]);
        }
        finally
        {
            ModelReader.OnReading = null;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0007", diagnostic.Id);
        Assert.Equal(
            $"CodeGen failed while processing '{ModelPath}': InvalidOperationException: simulated reader bug. Please report this with the model file.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(ModelPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.Sources);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id is "CS8785" or "CS8784");
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
    }

    [Fact]
    public void ExceptionWhileEmittingOneFileIsReportedAsCG0007AndTheOtherFilesAreStillGenerated()
    {
        SourceEmitter.OnEmitting = unit =>
        {
            if (unit.Context.ModelPath == ModelPath && unit is StructureUnit { Structure.TypeName: "DoThingInput" })
            {
                throw new InvalidOperationException("simulated emitter bug");
            }
        };
        GeneratorRun run;
        try
        {
            run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(Shapes), path: ModelPath)]);
        }
        finally
        {
            SourceEmitter.OnEmitting = null;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0007", diagnostic.Id);
        Assert.Equal(
            $"CodeGen failed while processing '{ModelPath}': emitting DoThingInput: InvalidOperationException: simulated emitter bug. Please report this with the model file.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(ModelPath, diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain("Consumer.Sample.DoThingInput.g.cs", run.Sources.Keys);
        Assert.Contains("Consumer.Sample.SampleException.g.cs", run.Sources.Keys);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id is "CS8785" or "CS8784");
        Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
    }

    [Fact]
    public void ReadingHookSeesEveryModelInputWithItsText()
    {
        // The hook is the test seam the failure test relies on; prove it is actually on the reading path.
        var text = BotocoreModel.Service(Shapes);
        ModelInput? seen = null;
        ModelReader.OnReading = input =>
        {
            if (input.Path == ModelPath)
            {
                seen = input;
            }
        };
        try
        {
            GeneratorHarness.Run([BotocoreModel.Input(text, path: ModelPath)]);
        }
        finally
        {
            ModelReader.OnReading = null;
        }

        Assert.NotNull(seen);
        Assert.Equal(text, seen!.Text);
        Assert.Null(seen.PaginatorsPath);
    }
}
