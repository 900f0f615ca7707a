using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Builds small botocore <c>service-2.json</c> texts for tests, one JSON member per line.</summary>
internal static class BotocoreModel
{
    public const string Path = "/models/sample/service-2.json";

    /// <summary>A restJson1 service with one <c>DoThing</c> operation taking <c>DoThingInput</c>, unless told otherwise.</summary>
    public static string Service(
        string shapes,
        string? operations = null,
        string protocol = "rest-json",
        string serviceId = "Sample") =>
        $$"""
        {
          "version": "2.0",
          "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "sample",
            "protocol": "{{protocol}}",
            "serviceId": "{{serviceId}}",
            "signingName": "sample"
          },
          "operations": {
        {{Indent(operations ?? Operation("DoThing", "DoThingInput"), 4)}}
          },
          "shapes": {
        {{Indent(shapes, 4)}}
          }
        }

        """;

    /// <summary>One operation entry, as it appears inside <c>"operations"</c>.</summary>
    public static string Operation(string name, string? input, string? output = null) =>
        $$"""
        "{{name}}": {
          "name": "{{name}}",
          "http": { "method": "POST", "requestUri": "/{{name.ToLowerInvariant()}}" }{{(input is null ? "" : $",\n  \"input\": {{ \"shape\": \"{input}\" }}")}}{{(output is null ? "" : $",\n  \"output\": {{ \"shape\": \"{output}\" }}")}}
        }
        """;

    /// <summary>The model as a ServiceModel item at <see cref="Path"/>.</summary>
    public static ModelFileInput Input(string text, IReadOnlyDictionary<string, string>? metadata = null, string path = Path) =>
        new(path, text, "ServiceModel", metadata);

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : new string(' ', spaces) + line));
}
