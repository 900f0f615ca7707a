using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The ServiceModel item's <c>Visibility</c> metadata: <c>internal</c> keeps every generated type inside the
/// assembly (the runtime generates its own SSO clients so), <c>public</c> or nothing is the default, anything
/// else is CG0008. Accessibility is read from the compiled symbols, not from the generated text.
/// </summary>
public class VisibilityTests
{
    // A union, an enum, a structure and an error: every kind of top-level type the emitters write.
    private const string Shapes = """
        "DoThingInput": {
          "type": "structure",
          "members": {
            "Choice": { "shape": "Choice" },
            "Kind": { "shape": "Kind" }
          }
        },
        "Choice": {
          "type": "structure",
          "union": true,
          "members": {
            "Text": { "shape": "Text" },
            "Number": { "shape": "Number" }
          }
        },
        "Kind": { "type": "string", "enum": ["A", "B"] },
        "Text": { "type": "string" },
        "Number": { "type": "integer" },
        "Broken": {
          "type": "structure",
          "members": { "message": { "shape": "Text" } },
          "error": { "httpStatusCode": 400 },
          "exception": true
        }
        """;

    private static readonly string Operation = """
        "DoThing": {
          "name": "DoThing",
          "http": { "method": "POST", "requestUri": "/do" },
          "input": { "shape": "DoThingInput" },
          "errors": [{ "shape": "Broken" }]
        }
        """;

    [Fact]
    public void InternalVisibilityMakesEveryGeneratedTypeInternalAndStillCompiles()
    {
        var run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(Shapes, Operation), Metadata("internal"))]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
        var types = GeneratedTypes(run.Output);
        Assert.Contains(types, t => t.Name == "SampleClient");
        Assert.Contains(types, t => t.Name == "ISampleClient");
        Assert.Contains(types, t => t.Name == "SampleClientOptions");
        Assert.Contains(types, t => t.Name == "SampleException");
        Assert.Contains(types, t => t.Name == "Broken");
        Assert.Contains(types, t => t.Name == "Choice");
        Assert.Contains(types, t => t.Name == "Kind");
        Assert.Contains(types, t => t.Name == "DoThingInput");
        var exposed = types.Where(IsVisibleOutsideTheAssembly).Select(t => t.ToDisplayString()).ToList();
        Assert.True(exposed.Count == 0, "Public although Visibility is internal: " + string.Join(", ", exposed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("public")]
    [InlineData("Public")]
    public void PublicIsTheDefault(string? visibility)
    {
        var run = GeneratorHarness.Run([BotocoreModel.Input(BotocoreModel.Service(Shapes, Operation), Metadata(visibility))]);

        Assert.Empty(run.GeneratorDiagnostics);
        var topLevel = GeneratedTypes(run.Output).Where(t => t.ContainingType is null && t.ContainingNamespace.ToDisplayString() == "Consumer.Sample").ToList();
        Assert.Equal(8, topLevel.Count);
        Assert.All(topLevel, t => Assert.Equal(Accessibility.Public, t.DeclaredAccessibility));
    }

    [Fact]
    public void AnyOtherVisibilityIsAnInvalidValue()
    {
        var text = BotocoreModel.Service(Shapes, Operation);

        var run = GeneratorHarness.Run([BotocoreModel.Input(text, Metadata("private"))]);

        Assert.Empty(run.Sources);
        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0008", "The Visibility metadata must be 'public' or 'internal', but is 'private'", TextPosition.SpanOf(text, "\"operations\"")));
    }

    private static Dictionary<string, string> Metadata(string? visibility)
    {
        var metadata = new Dictionary<string, string>();
        if (visibility is not null)
        {
            metadata["Visibility"] = visibility;
        }

        return metadata;
    }

    private static bool IsVisibleOutsideTheAssembly(INamedTypeSymbol type)
    {
        for (ISymbol? symbol = type; symbol is INamedTypeSymbol current; symbol = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every type declared in the generated namespaces, nested ones included.</summary>
    private static List<INamedTypeSymbol> GeneratedTypes(Compilation compilation)
    {
        var result = new List<INamedTypeSymbol>();
        var root = compilation.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Consumer");
        Collect(root, result);
        return result;
    }

    private static void Collect(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> result)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamedTypeSymbol type)
            {
                result.Add(type);
                Collect(type, result);
            }
            else if (member is INamespaceSymbol ns)
            {
                Collect(ns, result);
            }
        }
    }
}
