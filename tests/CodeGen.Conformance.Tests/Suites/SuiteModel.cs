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
        var cases = suite.Json["cases"]!.AsArray();
        for (var i = 0; i < cases.Count; i++)
        {
            var given = cases[i]!["given"]!.AsObject().DeepClone().AsObject();
            var name = OperationName(suite, i);
            given["name"] = name;
            operations[name] ??= given;
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

    /// <summary>
    /// The operation case <paramref name="index"/> calls. botocore builds one model per case, so two cases may
    /// define the same operation name differently (legacy rest-json "Omits null query params"); the later
    /// definition then gets its own name here.
    /// </summary>
    public static string OperationName(Suite suite, int index)
    {
        var cases = suite.Json["cases"]!.AsArray();
        var given = cases[index]!["given"]!;
        var name = given["name"]!.GetValue<string>();
        for (var i = 0; i < index; i++)
        {
            var earlier = cases[i]!["given"]!;
            if (earlier["name"]!.GetValue<string>() == name && !JsonNode.DeepEquals(earlier, given))
            {
                return name + "_Case" + index;
            }
        }

        return name;
    }

    public static bool IsSupported(Suite suite) => suite.Protocol is "rest-json" or "json";
}
