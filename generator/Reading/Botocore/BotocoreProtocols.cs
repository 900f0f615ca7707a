using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Botocore;

/// <summary>Chooses the protocol from botocore metadata: the first supported entry of <c>protocols</c>, else <c>protocol</c>.</summary>
internal static class BotocoreProtocols
{
    public static Protocol? Select(JsonObject metadata, JsonFields fields)
    {
        var jsonVersion = fields.String(metadata, "jsonVersion", "'metadata'");
        var protocols = fields.Array(metadata, "protocols", "'metadata'");
        JsonString? firstUnsupported = null;
        if (protocols is not null)
        {
            foreach (var item in protocols.Items)
            {
                if (item is not JsonString name)
                {
                    continue;
                }

                var protocol = Map(name.Value, jsonVersion);
                if (protocol is not null)
                {
                    return protocol;
                }

                firstUnsupported ??= name;
            }
        }

        var single = fields.StringNode(metadata, "protocol", "'metadata'", required: protocols is null);
        if (single is not null)
        {
            var protocol = Map(single.Value, jsonVersion);
            if (protocol is not null)
            {
                return protocol;
            }

            firstUnsupported ??= single;
        }

        if (firstUnsupported is not null)
        {
            fields.Diagnostics.Report(DiagnosticDescriptors.UnsupportedProtocol, fields.Locate(firstUnsupported), firstUnsupported.Value);
        }

        return null;
    }

    private static Protocol? Map(string name, string? jsonVersion) => name switch
    {
        "rest-json" => Protocol.RestJson1,
        "json" => jsonVersion == "1.0" ? Protocol.AwsJson1_0 : Protocol.AwsJson1_1,
        _ => null,
    };
}
