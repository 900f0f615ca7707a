using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Paginators as botocore writes them (every form found in its paginators-1.json files) are generated and
/// compile; one that does not fit its operation is CG0014, located at the paginator in paginators-1.json,
/// and the operation is still generated without it.
/// </summary>
public class PaginatorTests
{
    private const string PaginatorsPath = "/models/sample/paginators-1.json";

    private const string Shapes = """
        "ListThingsInput": {
          "type": "structure",
          "members": {
            "Marker": { "shape": "Text" },
            "Kind": { "shape": "Text" },
            "StartKey": { "shape": "Key" },
            "Max": { "shape": "Count" },
            "Required": { "shape": "Text" }
          },
          "required": ["Required"]
        },
        "ListThingsOutput": {
          "type": "structure",
          "members": {
            "Things": { "shape": "Things" },
            "NextMarker": { "shape": "Text" },
            "NextKind": { "shape": "Text" },
            "LastKey": { "shape": "Key" },
            "Total": { "shape": "Count" },
            "Page": { "shape": "Page" },
            "Truncated": { "shape": "Flag" }
          }
        },
        "Page": {
          "type": "structure",
          "required": ["Items", "More"],
          "members": {
            "Items": { "shape": "Things" },
            "More": { "shape": "Flag" },
            "Owner": { "shape": "Text" }
          }
        },
        "Things": { "type": "list", "member": { "shape": "Thing" } },
        "Thing": { "type": "structure", "required": ["Id"], "members": { "Id": { "shape": "Text" } } },
        "Key": { "type": "map", "key": { "shape": "Text" }, "value": { "shape": "Text" } },
        "Text": { "type": "string" },
        "Count": { "type": "integer" },
        "Flag": { "type": "boolean" }
        """;

    public static TheoryData<string, string> SupportedForms => new()
    {
        { "string token", """{ "input_token": "Marker", "output_token": "NextMarker", "result_key": "Things", "limit_key": "Max" }""" },
        { "map token", """{ "input_token": "StartKey", "output_token": "LastKey", "result_key": ["Things", "Total"] }""" },
        { "two tokens", """{ "input_token": ["Marker", "Kind"], "output_token": ["NextMarker", "NextKind"], "result_key": "Things" }""" },
        { "last element and more_results", """{ "input_token": "Marker", "output_token": "Page.Items[-1].Id", "more_results": "Page.More", "result_key": "Page.Items", "non_aggregate_keys": ["Page.Owner"] }""" },
        { "alternatives", """{ "input_token": "Marker", "output_token": "NextMarker || Things[-1].Id", "more_results": "Truncated", "result_key": "Things" }""" },
    };

    public static TheoryData<string, string> UnsupportedForms => new()
    {
        { """{ "input_token": "Nope", "output_token": "NextMarker" }""", "its input token 'Nope' is not a member of ListThingsInput" },
        { """{ "input_token": "Marker", "output_token": "Nope" }""", "'Nope' names 'Nope', which is not a member of ListThingsOutput" },
        { """{ "input_token": "Marker", "output_token": "LastKey" }""", "its output token 'LastKey' (map) does not fit the input token 'Marker' (string)" },
        { """{ "input_token": ["Marker", "Kind"], "output_token": "NextMarker" }""", "it has 2 input tokens but 1 output tokens" },
        { """{ "input_token": "Marker", "output_token": "Things[0].Id" }""", "'Things[0].Id' is an expression CodeGen does not read (member paths, [-1] and || are supported)" },
        { """{ "input_token": "Marker", "output_token": "NextMarker", "more_results": "Total" }""", "more_results 'Total' is not a boolean" },
        { """{ "input_token": "Marker", "output_token": "Total.Id" }""", "'Total.Id' goes through 'Total', which is not a structure" },
        { """{ "input_token": "Required", "output_token": "NextMarker" }""", "its input token 'Required' is required, so it cannot be left out of the first request" },
        { """{ "input_token": "Marker", "output_token": "NextMarker", "limit_key": "Size" }""", "its page size 'Size' is not a member of ListThingsInput" },
        { """{ "output_token": "NextMarker" }""", "it names no input token" },
    };

    [Theory]
    [MemberData(nameof(SupportedForms))]
    public void BotocoreFormsGenerateCompilingPaginators(string form, string paginator)
    {
        var run = Run(paginator, out _);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, form + ": " + run.Describe(run.GeneratorDiagnostics));
        Assert.Contains("Consumer.Sample.Internal.ListThingsPagination.g.cs", run.Sources.Keys);
        Assert.Contains("ListThingsPagesAsync", run.Sources["Consumer.Sample.SampleClient.g.cs"]);
        Assert.Contains("ListThingsAllPagesAsync", run.Sources["Consumer.Sample.SampleClient.g.cs"]);
        Assert.True(run.CompilationProblems.Count == 0, form + ": " + run.Describe(run.CompilationProblems));
    }

    [Theory]
    [MemberData(nameof(UnsupportedForms))]
    public void APaginatorThatDoesNotFitIsALocatedWarningAndTheOperationStays(string paginator, string reason)
    {
        var run = Run(paginator, out var paginatorsText);

        DiagnosticAssert.Reported(run, new ExpectedDiagnostic(
            "CG0014",
            "The paginator of operation 'ListThings' cannot be generated: " + reason + "; the client offers the operation without it",
            TextPosition.SpanOf(paginatorsText, "\"ListThings\""),
            PaginatorsPath));
        Assert.Equal(DiagnosticSeverity.Warning, run.GeneratorDiagnostics.Single().Severity);
        Assert.DoesNotContain("Consumer.Sample.Internal.ListThingsPagination.g.cs", run.Sources.Keys);
        Assert.Contains("ListThingsAsync", run.Sources["Consumer.Sample.SampleClient.g.cs"]);
        Assert.True(run.CompilationProblems.Count == 0, run.Describe(run.CompilationProblems));
    }

    private static GeneratorRun Run(string paginator, out string paginatorsText)
    {
        paginatorsText = "{\n  \"pagination\": {\n    \"ListThings\": " + paginator + "\n  }\n}\n";
        var model = BotocoreModel.Service(Shapes, BotocoreModel.Operation("ListThings", "ListThingsInput", "ListThingsOutput"), protocol: "json");
        return GeneratorHarness.Run([BotocoreModel.Input(model), new ModelFileInput(PaginatorsPath, paginatorsText, "ServiceModelPaginators")]);
    }
}
