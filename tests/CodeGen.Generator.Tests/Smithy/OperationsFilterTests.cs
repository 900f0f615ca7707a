using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>
/// The <c>Operations</c> item metadata, for both formats: only the named operations and the shapes they
/// use are generated, and an unknown name is a located error that suggests the closest names.
/// </summary>
public class OperationsFilterTests
{
    private static readonly Dictionary<string, string> s_userOperations = new() { ["Operations"] = "UpdateUser;GetUser" };

    public static IEnumerable<object[]> Formats() => new[] { new object[] { ModelSpecs.FinSpaceBotocore }, new object[] { ModelSpecs.FinSpaceSmithy } };

    [Theory]
    [MemberData(nameof(Formats))]
    public void ConsumerGeneratingOnlyUpdateUserAndGetUserCompiles(string model)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Model(model, s_userOperations)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
        var generated = run.Sources.Keys.Select(k => k.Replace("Consumer.FinSpaceData.", "").Replace(".g.cs", "")).ToList();

        // Exactly the shapes UpdateUser and GetUser use, plus the per-service files (base exception,
        // and the client and its operation classes where the generator emits them).
        Assert.Equal(
            new[]
            {
                "AccessDeniedException", "ApiAccess", "ConflictException", "GetUserRequest", "GetUserResponse", "InternalServerException",
                "ResourceNotFoundException", "ThrottlingException", "UpdateUserRequest", "UpdateUserResponse", "UserStatus", "UserType",
                "ValidationException",
            },
            generated.Where(n => !IsServiceFile(n)).OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Contains("FinSpaceDataException", generated);
        Assert.All(generated.Where(n => n.StartsWith("Internal.", System.StringComparison.Ordinal) && !n.StartsWith("Internal.FinSpaceData", System.StringComparison.Ordinal)),
            n => Assert.True(n.Contains("GetUser") || n.Contains("UpdateUser"), n));
        Assert.Null(run.Output.GetTypeByMetadataName("Consumer.FinSpaceData.CreateDatasetRequest"));
        Assert.Null(run.Output.GetTypeByMetadataName("Consumer.FinSpaceData.PermissionGroup"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Consumer.FinSpaceData.UpdateUserRequest"));
    }

    [Fact]
    public void BothFormatsGenerateTheSameFilesForTheSameFilter()
    {
        var botocore = GeneratorHarness.Run([GeneratorHarness.Model(ModelSpecs.FinSpaceBotocore, s_userOperations)]);
        var smithy = GeneratorHarness.Run([GeneratorHarness.Model(ModelSpecs.FinSpaceSmithy, s_userOperations)]);

        Assert.Equal(botocore.Sources.Keys.OrderBy(k => k), smithy.Sources.Keys.OrderBy(k => k));
    }

    [Fact]
    public void BothFormatsFilterToTheSameOperationsAndShapes()
    {
        var botocore = ModelSpecs.Read(ModelSpecs.FinSpaceBotocore, null, "UpdateUser", "GetUser");
        var smithy = ModelSpecs.Read(ModelSpecs.FinSpaceSmithy, null, "UpdateUser", "GetUser");

        Assert.Equal(new[] { "GetUser", "UpdateUser" }, smithy.Spec!.Operations.Select(o => o.Name));
        Assert.Equal(botocore.Spec!.Operations.Select(o => o.Name), smithy.Spec.Operations.Select(o => o.Name));
        Assert.Equal(botocore.Spec.Structures.Select(s => s.ShapeName), smithy.Spec.Structures.Select(s => s.ShapeName));
        Assert.Equal(botocore.Spec.Enums.Select(s => s.ShapeName), smithy.Spec.Enums.Select(s => s.ShapeName));
    }

    [Theory]
    [InlineData(ModelSpecs.FinSpaceSmithy, "\"com.amazonaws.finspacedata#AWSHabaneroPublicAPI\"")]
    [InlineData(ModelSpecs.FinSpaceBotocore, "\"operations\"")]
    public void UnknownOperationIsLocatedAndNamesTheClosestOperations(string model, string serviceLocation)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Model(model, new Dictionary<string, string> { ["Operations"] = "UpdateUsers;GetUser" })]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Equal("The Operations metadata names 'UpdateUsers', which the model does not define; did you mean 'UpdateUser', 'CreateUser', 'ListUsers'?",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var text = System.IO.File.ReadAllText(GeneratorHarness.TestDataPath(model));
        var index = text.IndexOf(serviceLocation, System.StringComparison.Ordinal);
        var line = text.Substring(0, index).Count(c => c == '\n');
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(model, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line);
        Assert.Equal(index - (text.LastIndexOf('\n', index) + 1), span.StartLinePosition.Character);
    }

    /// <summary>Files the generator adds per service rather than per shape: FinSpaceData*, IFinSpaceData*, Internal.*.</summary>
    private static bool IsServiceFile(string typeName) =>
        typeName.StartsWith("FinSpaceData", System.StringComparison.Ordinal) || typeName.StartsWith("IFinSpaceData", System.StringComparison.Ordinal) ||
        typeName.StartsWith("Internal.", System.StringComparison.Ordinal);
}
