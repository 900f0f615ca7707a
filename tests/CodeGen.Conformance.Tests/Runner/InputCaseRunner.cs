using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CodeGen.Conformance.Tests.Suites;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>
/// Runs an input case: builds the request from <c>params</c>, sends it through the real generated
/// client into a capturing handler, and compares method, path, query, headers, host and body.
/// </summary>
internal static class InputCaseRunner
{
    public static async Task<IReadOnlyList<string>> RunAsync(SuiteCase testCase, SpecTypes types)
    {
        var operation = types.Operation(SuiteModel.OperationName(testCase.Suite, testCase.Index));
        var builder = new ValueBuilder(types);
        var request = operation.Input is null ? null : builder.BuildStructure(types.Structure(operation.Input.TypeName), testCase.Case["params"]?.AsObject());
        var handler = new CapturingHandler(200, [], Encoding.UTF8.GetBytes("{}"));
        // A suite may name the client's endpoint (legacy suites' clientEndpoint); otherwise an expected host
        // with a path ("example.com/custom") is an endpoint with a base path.
        var expectedHost = testCase.Case["serialized"]?["host"]?.GetValue<string>();
        var endpoint = testCase.Suite.Json["clientEndpoint"]?.GetValue<string>() is { } clientEndpoint
            ? clientEndpoint
            : "https://" + (expectedHost is not null && expectedHost.Contains('/') ? "example.com" + expectedHost[expectedHost.IndexOf('/')..] : "example.com");
        try
        {
            await ClientInvoker.InvokeAsync(types, operation, request, handler, endpoint);
        }
        catch (Exception) when (handler.Request is not null)
        {
            // Only the request matters here; parsing the canned "{}" may legitimately fail.
        }

        if (handler.Request is null)
        {
            return ["no request was sent"];
        }

        return Compare(testCase.Case["serialized"]!.AsObject(), handler.Request, handler.RequestBody ?? []);
    }

    private static IReadOnlyList<string> Compare(JsonObject expected, HttpRequestMessage actual, byte[] body)
    {
        var differences = new List<string>();
        var method = expected["method"]?.GetValue<string>();
        if (method is not null && !string.Equals(method, actual.Method.Method, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"method: expected {method}, got {actual.Method.Method}");
        }

        CompareUri(expected["uri"]?.GetValue<string>(), actual.RequestUri!, differences);
        if (expected["host"]?.GetValue<string>() is { } host)
        {
            var actualHost = actual.RequestUri!.Host;
            var matches = host.Contains('/')
                ? (actualHost + actual.RequestUri.AbsolutePath).StartsWith(host, StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, actualHost, StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                differences.Add($"host: expected {host}, got {actualHost}");
            }
        }

        var headers = Headers(actual);
        foreach (var (name, value) in expected["headers"]?.AsObject() ?? new JsonObject())
        {
            var expectedValue = value!.GetValue<string>();
            if (!headers.TryGetValue(name, out var actualValue))
            {
                differences.Add($"header {name}: expected '{expectedValue}', missing");
            }
            else if (!string.Equals(Normalize(expectedValue), Normalize(actualValue), StringComparison.Ordinal))
            {
                differences.Add($"header {name}: expected '{expectedValue}', got '{actualValue}'");
            }
        }

        foreach (var name in (expected["requireHeaders"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()))
        {
            if (!headers.ContainsKey(name))
            {
                differences.Add($"header {name}: required, missing");
            }
        }

        foreach (var name in (expected["forbidHeaders"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()))
        {
            if (headers.ContainsKey(name))
            {
                differences.Add($"header {name}: forbidden, sent '{headers[name]}'");
            }
        }

        CompareBody(expected["body"]?.GetValue<string>(), body, differences);
        return differences;
    }

    private static void CompareUri(string? expected, Uri actual, List<string> differences)
    {
        if (expected is null)
        {
            return;
        }

        var question = expected.IndexOf('?');
        var expectedPath = question < 0 ? expected : expected[..question];
        var expectedQuery = question < 0 ? "" : expected[(question + 1)..];
        var actualPath = actual.AbsolutePath;
        if (!string.Equals(NormalizePath(expectedPath), NormalizePath(actualPath), StringComparison.Ordinal))
        {
            differences.Add($"path: expected {expectedPath}, got {actualPath}");
        }

        var expectedPairs = QueryPairs(expectedQuery);
        var actualPairs = QueryPairs(actual.Query.TrimStart('?'));
        if (!expectedPairs.SequenceEqual(actualPairs))
        {
            differences.Add($"query: expected {expectedQuery}, got {actual.Query.TrimStart('?')}");
        }
    }

    /// <summary>Query parameters decoded and sorted: the suites do not fix their order.</summary>
    private static List<string> QueryPairs(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => Uri.UnescapeDataString(p[0]) + (p.Length > 1 ? "=" + Uri.UnescapeDataString(p[1]) : ""))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>Percent-encoding of unreserved characters and hex case are not significant.</summary>
    private static string NormalizePath(string path)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length)
            {
                var hex = path.Substring(i + 1, 2);
                var c = (char)Convert.ToInt32(hex, 16);
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(hex.ToUpperInvariant());
                }

                i += 2;
                continue;
            }

            builder.Append(path[i]);
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> Headers(HttpRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        return headers;
    }

    private static string Normalize(string headerValue) => headerValue.Replace(", ", ",").Replace("; ", ";").Trim();

    private static void CompareBody(string? expected, byte[] body, List<string> differences)
    {
        if (expected is null)
        {
            return;
        }

        var actual = Encoding.UTF8.GetString(body);
        if (expected.Length == 0)
        {
            if (body.Length != 0)
            {
                differences.Add($"body: expected empty, got {actual}");
            }

            return;
        }

        var trimmed = expected.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('[') || trimmed.StartsWith('"'))
        {
            JsonNode? actualJson;
            try
            {
                actualJson = JsonNode.Parse(actual);
            }
            catch (System.Text.Json.JsonException)
            {
                differences.Add($"body: expected JSON {expected}, got {actual}");
                return;
            }

            if (ValueComparer.Canonical(JsonNode.Parse(expected)) != ValueComparer.Canonical(actualJson))
            {
                differences.Add($"body: expected {expected}, got {actual}");
            }

            return;
        }

        if (!body.SequenceEqual(Encoding.UTF8.GetBytes(expected)))
        {
            differences.Add($"body: expected bytes of '{expected}', got '{actual}'");
        }
    }
}
