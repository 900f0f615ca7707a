using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static CodeGen.Generator.Tests.Smithy.Tolerance;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// FinSpace Data read from its Smithy AST and from botocore's service-2.json gives the same semantic model
/// and the same generated public surface. The two files are different revisions of the service model, so
/// the few places where their text differs are listed here, each with the reason it is accepted.
/// </summary>
public class FinSpaceEquivalenceTests
{
    private static readonly Tolerance[] s_tolerances =
    {
        new("Different files, by definition.", d => d.Path == "ModelPath"),
        new("Same pattern in another revision: the Smithy AST anchors it (^...$) or drops match-anything padding (.*\\S.* is \\S).",
            PatternsDifferOnlyInAnchoring),
        new("Smithy needs shape names that differ in more than case, so the AST renamed botocore's lower-case twin (errorMessage, stringValueLength1to255); "
            + "the constraints are the same and a string shape's name never reaches generated code.",
            d => IsProperty(d, "Type.ShapeName") && ((d.Left == "\"errorMessage\"" && d.Right == "\"ErrorMessage2\"") ||
                                                     (d.Left == "\"stringValueLength1to255\"" && d.Right == "\"StringValueLength1to2552\""))),
        new("The Smithy revision renamed the URI label {dataviewId} to {dataViewId}, the member's name; the request on the wire is the same.",
            d => d.Left.Contains("dataviewId") && d.Right.Contains("dataViewId") && d.Left.Replace("dataviewId", "dataViewId") == d.Right),
    };

    private readonly ITestOutputHelper _output;

    public FinSpaceEquivalenceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void SmithyAndBotocoreFinSpaceGiveTheSameSemanticModel()
    {
        var botocore = ModelSpecs.Read(ModelSpecs.FinSpaceBotocore, ModelSpecs.FinSpacePaginators);
        var smithy = ModelSpecs.Read(ModelSpecs.FinSpaceSmithy, ModelSpecs.FinSpacePaginators);
        Assert.Empty(botocore.Diagnostics);
        Assert.Empty(smithy.Diagnostics);

        var differences = SpecDiff.Compare(botocore.Spec, smithy.Spec);
        var (tolerated, unexpected) = Classify(differences, s_tolerances);

        _output.WriteLine("Tolerated differences (botocore <> Smithy):");
        _output.WriteLine(Describe(tolerated));
        Assert.True(unexpected.Count == 0, "The two FinSpace models differ:\n" + SpecDiff.Format(unexpected, "botocore", "smithy"));

        // The parts the issue names, checked outright as well.
        Assert.Equal(botocore.Spec!.Names, smithy.Spec!.Names);
        Assert.Equal(botocore.Spec.Namespace, smithy.Spec.Namespace);
        Assert.Equal(botocore.Spec.Info with { Documentation = null }, smithy.Spec.Info with { Documentation = null });
        Assert.Equal(botocore.Spec.Enums, smithy.Spec.Enums);
        Assert.Equal(botocore.Spec.Operations.Select(o => (o.Name, o.Errors, o.IsSigned, o.Input, o.Output, o.Http.Method)),
            smithy.Spec.Operations.Select(o => (o.Name, o.Errors, o.IsSigned, o.Input, o.Output, o.Http.Method)));
        Assert.Equal(31, smithy.Spec.Operations.Count);
    }

    [Fact]
    public void SmithyPaginatedTraitsGiveTheBotocorePaginators()
    {
        // Without the sibling paginators-1.json, so every Smithy paginator comes from @paginated.
        var botocore = ModelSpecs.ReadDefinition(ModelSpecs.FinSpaceBotocore, ModelSpecs.FinSpacePaginators);
        var smithy = ModelSpecs.ReadDefinition(ModelSpecs.FinSpaceSmithy);

        var expected = botocore.Operations.Where(o => o.Paginator is not null).OrderBy(o => o.Name).Select(o => (o.Name, Paginators.AsRead(o.Paginator))).ToList();
        var actual = smithy.Operations.Where(o => o.Paginator is not null).OrderBy(o => o.Name).Select(o => (o.Name, Paginators.AsRead(o.Paginator))).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SmithyAndBotocoreFinSpaceGenerateTheSamePublicSurface()
    {
        // Each with the paginators-1.json beside it, as a build would pair them (the Smithy file's own @paginated traits win).
        var paginators = GeneratorHarness.Model(ModelSpecs.FinSpacePaginators) with { ItemType = "ServiceModelPaginators" };
        var botocore = GeneratorHarness.Run([GeneratorHarness.Model(ModelSpecs.FinSpaceBotocore), paginators]);
        var smithy = GeneratorHarness.Run([GeneratorHarness.Model(ModelSpecs.FinSpaceSmithy), paginators]);
        Assert.Empty(smithy.GeneratorDiagnostics);
        Assert.True(smithy.CompilationProblems.Count == 0, smithy.Describe(smithy.CompilationProblems));

        Assert.Equal(botocore.Sources.Keys.OrderBy(k => k), smithy.Sources.Keys.OrderBy(k => k));
        var expected = PublicSurface.Of(botocore.Output, "Consumer.FinSpaceData");
        var actual = PublicSurface.Of(smithy.Output, "Consumer.FinSpaceData");
        Assert.True(expected.Count > 100, "the surface walk found " + expected.Count + " lines");
        Assert.True(expected.SequenceEqual(actual), SurfaceDiff(expected, actual));
    }

    private static string SurfaceDiff(List<string> botocore, List<string> smithy) =>
        "Public surfaces differ.\nOnly from botocore:\n  " + string.Join("\n  ", botocore.Except(smithy)) +
        "\nOnly from Smithy:\n  " + string.Join("\n  ", smithy.Except(botocore));
}
