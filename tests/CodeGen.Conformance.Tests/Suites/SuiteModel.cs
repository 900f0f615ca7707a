using System.Linq;
using System.Text.Json.Nodes;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>Turns a suite's metadata, shapes and the operations of its cases into a complete botocore model.</summary>
internal static class SuiteModel
{
    public static string ToBotocoreJson(Suite suite)
    {
        var metadata = (JsonObject)suite.Metadata.DeepClone();
        metadata["endpointPrefix"] ??= "conformance";
        metadata["serviceId"] ??= "Conformance";
        metadata["signatureVersion"] ??= "v4";
        var operations = new JsonObject();
        foreach (var testCase in suite.Json["cases"]!.AsArray().Select(c => c!.AsObject()))
        {
            var given = testCase["given"]!.AsObject();
            var name = given["name"]!.GetValue<string>();
            if (!operations.ContainsKey(name))
            {
                operations[name] = given.DeepClone();
            }
        }

        var model = new JsonObject
        {
            ["version"] = "2.0",
            ["metadata"] = metadata,
            ["operations"] = operations,
            ["shapes"] = suite.Json["shapes"]?.DeepClone() ?? new JsonObject(),
        };
        return model.ToJsonString();
    }

    public static bool IsSupported(Suite suite) => suite.Protocol is "rest-json" or "json";
}
