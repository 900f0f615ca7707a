using System.Globalization;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Members the model requires are C# <c>required</c> members: code that omits them does not compile.
/// Checked here, on user code compiled against the generated FinSpace types, because a test project
/// cannot contain code that does not compile.
/// </summary>
public class RequiredMemberTests
{
    [Fact]
    public void OmittingARequiredMemberFailsToCompileWithCS9035()
    {
        var errors = CompileAgainstFinSpace("var request = new UpdateUserRequest { FirstName = \"Ana\" };");

        var error = Assert.Single(errors);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains("'UpdateUserRequest.UserId'", error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SettingEveryRequiredMemberCompiles()
    {
        var errors = CompileAgainstFinSpace("var request = new UpdateUserRequest { UserId = \"u-1\" };");

        Assert.Empty(errors);
    }

    [Fact]
    public void OptionalMembersMayBeOmittedAndAreNullable()
    {
        var errors = CompileAgainstFinSpace("""
            var request = new UpdateUserRequest { UserId = "u-1" };
            string? firstName = request.FirstName;
            UserType? type = request.Type;
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void EveryMissingRequiredMemberIsAnError()
    {
        // CreateDataset requires datasetTitle, kind and permissionGroupParams.
        var errors = CompileAgainstFinSpace("var request = new CreateDatasetRequest { DatasetDescription = \"d\" };");

        Assert.All(errors, e => Assert.Equal("CS9035", e.Id));
        Assert.Equal(
            ["DatasetTitle", "Kind", "PermissionGroupParams"],
            errors.Select(e => e.GetMessage(CultureInfo.InvariantCulture)).Select(m => m.Split('\'')[1].Split('.').Last()).OrderBy(n => n));
    }

    private static Diagnostic[] CompileAgainstFinSpace(string statements)
    {
        var source = $$"""
            #pragma warning disable CS0618 // The UpdateUser operation is deprecated in the model.
            using FinSpace.Data;

            namespace Consumer
            {
                public static class UserCode
                {
                    public static void Run()
                    {
            {{statements}}
                    }
                }
            }
            """;
        var compilation = FinSpaceGeneration.Run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }
}
