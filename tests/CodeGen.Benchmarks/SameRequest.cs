using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks;

/// <summary>
/// Checks, once before measuring, that every peer sends the same JSON body, so the table compares the
/// same work. An idempotency token is fresh on every call, so only its being a UUID is compared.
/// </summary>
internal static class SameRequest
{
    private static JsonNode? WithoutToken(JsonNode? node)
    {
        if (node is JsonObject obj && obj["clientToken"] is JsonValue token && Guid.TryParse(token.GetValue<string>(), out _))
        {
            obj.Remove("clientToken");
        }

        return node;
    }

    private static readonly System.Collections.Generic.HashSet<string> s_checked = new();

    public static void Check(InMemoryHandler handler, string benchmark, byte[] expected, params (string Peer, Func<Task> Call)[] peers)
    {
        if (!s_checked.Add(benchmark))
        {
            return;
        }

        var reference = WithoutToken(JsonNode.Parse(expected));
        foreach (var (peer, call) in peers)
        {
            handler.Capture = new MemoryStream();
            call().GetAwaiter().GetResult();
            var sent = handler.Capture.ToArray();
            handler.Capture = null;
            if (!JsonNode.DeepEquals(reference, WithoutToken(JsonNode.Parse(sent))))
            {
                // Reported, not thrown: the table is still printed, with this line beside it in the log.
                Console.WriteLine($"// !! {benchmark}: {peer} sent {System.Text.Encoding.UTF8.GetString(sent)}, expected {System.Text.Encoding.UTF8.GetString(expected)}");
            }
        }
    }
}
