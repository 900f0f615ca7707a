using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeGen.Generator.Tests.Smithy;

/// <summary>Looks things up in a Smithy AST file directly, independently of the reader under test.</summary>
internal static class SmithyAst
{
    private static readonly ConcurrentDictionary<string, JsonDocument> s_documents = new();
    private static readonly Regex s_member = new(@"^Structures\[(?<shape>[^\]]+)\]\.Members\[(?<member>[^\]]+)\]$");
    private static readonly Regex s_error = new(@"^Operations\[(?<operation>[^\]]+)\]\.Errors\[""(?<error>[^""]+)""\]$");
    private static readonly Regex s_value = new(@"^Enums\[(?<shape>[^\]]+)\]\.Values\[(?<value>[^\]]+)\]$");

    /// <summary>Whether the file declares the member, operation error or enum value a spec-diff path names (other paths: false).</summary>
    public static bool Declares(string path, string diffPath)
    {
        var shapes = s_documents.GetOrAdd(path, p => JsonDocument.Parse(File.ReadAllText(p))).RootElement.GetProperty("shapes");
        if (s_member.Match(diffPath) is { Success: true } member)
        {
            return Shape(shapes, member.Groups["shape"].Value) is { } shape &&
                   shape.TryGetProperty("members", out var members) && members.TryGetProperty(member.Groups["member"].Value, out _);
        }

        if (s_error.Match(diffPath) is { Success: true } error)
        {
            var errorName = "#" + error.Groups["error"].Value;
            var service = shapes.EnumerateObject().First(s => s.Value.GetProperty("type").GetString() == "service").Value;
            return new[] { Shape(shapes, error.Groups["operation"].Value), service }
                .Where(s => s is not null && s.Value.TryGetProperty("errors", out _))
                .SelectMany(s => s!.Value.GetProperty("errors").EnumerateArray())
                .Any(e => e.GetProperty("target").GetString()!.EndsWith(errorName));
        }

        if (s_value.Match(diffPath) is { Success: true } value)
        {
            return Shape(shapes, value.Groups["shape"].Value) is { } shape && shape.TryGetProperty("members", out var members) &&
                   members.EnumerateObject().Any(m => m.Name == value.Groups["value"].Value ||
                       (m.Value.TryGetProperty("traits", out var traits) && traits.TryGetProperty("smithy.api#enumValue", out var v) && v.ToString() == value.Groups["value"].Value));
        }

        return false;
    }

    private static JsonElement? Shape(JsonElement shapes, string name) =>
        shapes.EnumerateObject().Where(s => s.Name.EndsWith("#" + name)).Select(s => (JsonElement?)s.Value).FirstOrDefault();
}
