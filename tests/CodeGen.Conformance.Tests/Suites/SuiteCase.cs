using System.Text.Json.Nodes;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>One case of a botocore protocol suite, with the suite it belongs to.</summary>
/// <param name="Key">Unique, readable test name: <c>{direction}/{protocol file}/{case id}</c>.</param>
/// <param name="Direction">"input" (serialize a request) or "output" (parse a response).</param>
/// <param name="SuiteFile">The suite file's name without extension (rest-json, json, json_1_0, ...).</param>
internal sealed record SuiteCase(string Key, string Direction, string SuiteFile, Suite Suite, int Index, JsonObject Case)
{
    public string Name => Case["id"]?.GetValue<string>() ?? Suite.Description + " #" + Index;
}
