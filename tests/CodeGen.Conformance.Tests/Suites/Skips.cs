using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace CodeGen.Conformance.Tests.Suites;

/// <summary>
/// Why a case is skipped: botocore's own ignore list, or a one-line reason in
/// <c>conformance-skips.json</c> naming the missing feature. Nothing else may skip a case.
/// </summary>
internal static class Skips
{
    private static readonly Lazy<(HashSet<string> Suites, Dictionary<string, HashSet<string>> Cases)> s_botocore = new(LoadBotocore);
    private static readonly Lazy<Dictionary<string, string>> s_ours = new(LoadOurs);

    /// <summary>Why the case is not run at all, or null.</summary>
    public static string? ReasonFor(SuiteCase testCase)
    {
        if (!SuiteModel.IsSupported(testCase.Suite))
        {
            return "protocol " + testCase.Suite.Protocol + " is not supported by CodeGen";
        }

        return s_ours.Value.TryGetValue(testCase.Key, out var reason) ? reason : null;
    }

    /// <summary>
    /// Whether botocore itself ignores the case. Such cases still run; only a failing one is
    /// reported as skipped, so the count of passes stays honest.
    /// </summary>
    public static string? BotocoreIgnores(SuiteCase testCase)
    {
        var (suites, cases) = s_botocore.Value;
        if (suites.Contains(testCase.Suite.Description))
        {
            return "in botocore's protocol-tests-ignore-list.json (suite)";
        }

        var protocolKey = testCase.SuiteFile.Replace("extra-", "");
        if (testCase.Case["id"]?.GetValue<string>() is { } id &&
            cases.TryGetValue(protocolKey + "/" + testCase.Direction, out var ignored) && ignored.Contains(id))
        {
            return "in botocore's protocol-tests-ignore-list.json";
        }

        return null;
    }

    public static IReadOnlyDictionary<string, string> Ours => s_ours.Value;

    private static (HashSet<string>, Dictionary<string, HashSet<string>>) LoadBotocore()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "protocol-tests", "botocore", "protocol-tests-ignore-list.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var suites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var direction in json["general"]?.AsObject() ?? new JsonObject())
        {
            foreach (var suite in direction.Value?["suites"]?.AsArray() ?? [])
            {
                suites.Add(suite!.GetValue<string>());
            }
        }

        var cases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (protocol, directions) in json["protocols"]?.AsObject() ?? new JsonObject())
        {
            foreach (var (direction, body) in directions!.AsObject())
            {
                var name = protocol switch { "json" => "json", "json_1_0" => "json_1_0", "rest-json" => "rest-json", _ => protocol };
                cases[name + "/" + direction] = (body?["cases"]?.AsArray() ?? []).Select(c => c!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            }
        }

        return (suites, cases);
    }

    private static Dictionary<string, string> LoadOurs()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "conformance-skips.json")))!.AsObject();
        return (json["cases"]?.AsObject() ?? new JsonObject()).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
    }
}
