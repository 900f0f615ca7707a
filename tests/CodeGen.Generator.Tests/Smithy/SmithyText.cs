using System;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Xunit;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Small Smithy JSON ASTs written inline, and helpers to locate text in them.</summary>
internal static class SmithyText
{
    public const string DefaultServiceTraits = """
        "aws.api#service": { "sdkId": "Example", "endpointPrefix": "example" },
        "aws.auth#sigv4": { "name": "example" },
        "aws.protocols#restJson1": {}
        """;

    /// <summary>A model with one service <c>com.example#Example</c> owning <paramref name="operations"/>, plus <paramref name="shapes"/>.</summary>
    public static string Ast(string shapes, string operations = "\"com.example#GetThing\"", string serviceTraits = DefaultServiceTraits, string serviceExtra = "") =>
        $$"""
        {
          "smithy": "2.0",
          "shapes": {
            "com.example#Example": {
              "type": "service",
              "version": "2024-01-01",
              "operations": [{{string.Join(", ", operations.Split(',').Select(o => "{ \"target\": " + o.Trim() + " }"))}}],
              {{serviceExtra}}
              "traits": {
                {{serviceTraits}}
              }
            },
            {{shapes}}
          }
        }
        """;

    /// <summary>A GetThing operation (GET /things/{id}) with input GetThingInput and output GetThingOutput, whose members are given.</summary>
    public static string GetThing(string inputMembers = "\"id\": { \"target\": \"smithy.api#String\", \"traits\": { \"smithy.api#required\": {}, \"smithy.api#httpLabel\": {} } }", string outputMembers = "", string operationTraits = "") =>
        $$"""
            "com.example#GetThing": {
              "type": "operation",
              "input": { "target": "com.example#GetThingInput" },
              "output": { "target": "com.example#GetThingOutput" },
              "traits": {
                {{(operationTraits.Length > 0 ? operationTraits + "," : "")}}
                "smithy.api#http": { "method": "GET", "uri": "/things/{id}" }
              }
            },
            "com.example#GetThingInput": {
              "type": "structure",
              "members": { {{inputMembers}} }
            },
            "com.example#GetThingOutput": {
              "type": "structure",
              "members": { {{outputMembers}} }
            }
        """;

    public static ModelResult Read(string text, string? service = null, params string[] operations) =>
        ModelSpecs.ReadText(text, "/models/example.json", service, operations);

    /// <summary>The zero-based line and column of the <paramref name="occurrence"/>th appearance of <paramref name="needle"/>.</summary>
    public static (int Line, int Column) Position(string text, string needle, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' occurs fewer than {occurrence + 1} times");
        }

        var before = text.Substring(0, index);
        var line = before.Count(c => c == '\n');
        var column = index - (before.LastIndexOf('\n') + 1);
        return (line, column);
    }

    /// <summary>Asserts the model produced exactly one diagnostic, with this id and message, starting at <paramref name="position"/>.</summary>
    public static DiagnosticInfo AssertSingleDiagnostic(ModelResult result, string id, string message, (int Line, int Column) position)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        var roslyn = diagnostic.ToDiagnostic();
        Assert.Equal(id, roslyn.Id);
        Assert.Equal(message, roslyn.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(diagnostic.Location);
        Assert.Equal(position, (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
        return diagnostic;
    }

    public static string Describe(ModelResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.ToDiagnostic().ToString()));
}
