using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeGen.Generator.Model;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>
/// Compares a parsed generated object with a suite's expected <c>result</c> JSON, guided by the
/// semantic model, and describes every difference with its path.
/// </summary>
internal sealed class ValueComparer(SpecTypes types)
{
    private readonly List<string> _differences = new();

    public IReadOnlyList<string> Differences => _differences;

    public void CompareStructure(StructureSpec structure, object actual, JsonObject expected, string path, Func<MemberSpec, bool>? include = null)
    {
        var type = actual.GetType();
        foreach (var member in structure.Members)
        {
            if (include is not null && !include(member))
            {
                continue;
            }

            var value = type.GetProperty(member.PropertyName.TrimStart('@'))!.GetValue(actual);
            var memberPath = path + "." + member.Name;
            if (expected.TryGetPropertyValue(member.Name, out var node) && node is not null)
            {
                if (member.IsJsonValue && value is string json && node is not JsonValue)
                {
                    // A jsonvalue member is a string holding JSON text; the suites give the JSON value itself.
                    if (Canonical(JsonNode.Parse(json)) != Canonical(node))
                    {
                        _differences.Add(memberPath + ": expected " + node.ToJsonString() + ", got " + json);
                    }

                    continue;
                }

                Compare(member.Type, value, node, memberPath);
            }
            else if (value is not null)
            {
                // Absent in the expected result means null: no member has a default the client fills in.
                _differences.Add(memberPath + ": expected no value, got " + Describe(value));
            }
        }

        foreach (var (key, _) in expected)
        {
            if (structure.Members.All(m => m.Name != key))
            {
                _differences.Add(path + "." + key + ": expected member is not in the model");
            }
        }
    }

    public void Compare(TypeRef type, object? actual, JsonNode expected, string path)
    {
        if (actual is null)
        {
            _differences.Add(path + ": expected " + expected.ToJsonString() + ", got null");
            return;
        }

        switch (type.Kind)
        {
            case TypeKind.Structure:
                CompareStructure(types.Structure(type.TypeName!), actual, expected.AsObject(), path);
                return;
            case TypeKind.Union:
                CompareUnion(types.Union(type.TypeName!), actual, expected.AsObject(), path);
                return;
            case TypeKind.List:
                var items = ((IEnumerable)actual).Cast<object?>().ToList();
                var expectedItems = expected.AsArray();
                if (items.Count != expectedItems.Count)
                {
                    _differences.Add(path + ": expected " + expectedItems.Count + " items, got " + items.Count);
                    return;
                }

                for (var i = 0; i < items.Count; i++)
                {
                    CompareElement(type.Element!, items[i], expectedItems[i], path + "[" + i + "]");
                }

                return;
            case TypeKind.Map:
                var entries = ((IEnumerable)actual).Cast<object>()
                    .ToDictionary(e => (string)e.GetType().GetProperty("Key")!.GetValue(e)!, e => e.GetType().GetProperty("Value")!.GetValue(e));
                var expectedEntries = expected.AsObject();
                if (entries.Count != expectedEntries.Count)
                {
                    _differences.Add(path + ": expected " + expectedEntries.Count + " entries, got " + entries.Count + " (" + string.Join(", ", entries.Keys) + ")");
                }

                foreach (var (key, value) in expectedEntries)
                {
                    if (!entries.TryGetValue(key, out var actualValue))
                    {
                        _differences.Add(path + "[" + key + "]: missing");
                        continue;
                    }

                    CompareElement(type.Value!, actualValue, value, path + "[" + key + "]");
                }

                return;
            default:
                var expectedScalar = Scalar(type, expected);
                var actualScalar = ActualScalar(type, actual);
                if (!ScalarsEqual(expectedScalar, actualScalar))
                {
                    _differences.Add(path + ": expected " + expectedScalar + ", got " + actualScalar);
                }

                return;
        }
    }

    private void CompareElement(TypeRef type, object? actual, JsonNode? expected, string path)
    {
        if (expected is null)
        {
            if (actual is not null)
            {
                _differences.Add(path + ": expected null, got " + Describe(actual));
            }

            return;
        }

        Compare(type, actual, expected, path);
    }

    private void CompareUnion(UnionSpec union, object actual, JsonObject expected, string path)
    {
        var caseName = actual.GetType().Name;
        if (expected.TryGetPropertyValue("SDK_UNKNOWN_MEMBER", out var unknown))
        {
            var tag = actual.GetType().GetProperty("Tag")?.GetValue(actual) as string;
            var expectedTag = unknown?["name"]?.GetValue<string>();
            if (caseName != "Unknown" || tag != expectedTag)
            {
                _differences.Add(path + ": expected unknown member " + expectedTag + ", got " + caseName + " " + tag);
            }

            return;
        }

        var member = union.Members.FirstOrDefault(m => expected.ContainsKey(m.Name));
        if (member is null || member.PropertyName.TrimStart('@') != caseName)
        {
            _differences.Add(path + ": expected case " + string.Join(",", expected.Select(p => p.Key)) + ", got " + caseName);
            return;
        }

        Compare(member.Type, actual.GetType().GetProperty("Value")!.GetValue(actual), expected[member.Name]!, path + "." + member.Name);
    }

    private static string Scalar(TypeRef type, JsonNode expected) => type.Kind switch
    {
        TypeKind.Timestamp => Math.Round(ValueBuilder.Number(expected), 3).ToString(CultureInfo.InvariantCulture),
        TypeKind.Float or TypeKind.Double => Normalize(ValueBuilder.Number(expected)),
        TypeKind.Document => Canonical(expected),
        TypeKind.String or TypeKind.Enum or TypeKind.Blob => expected.GetValue<string>(),
        TypeKind.Boolean => expected.GetValue<bool>() ? "true" : "false",
        _ => expected.ToJsonString().Trim('"'),
    };

    private static string ActualScalar(TypeRef type, object actual) => type.Kind switch
    {
        TypeKind.Timestamp => Math.Round(((DateTimeOffset)actual - DateTimeOffset.UnixEpoch).TotalSeconds, 3).ToString(CultureInfo.InvariantCulture),
        TypeKind.Float => Normalize((float)actual),
        TypeKind.Double => Normalize((double)actual),
        TypeKind.Document => Canonical(JsonNode.Parse(((JsonElement)actual).GetRawText())),
        TypeKind.Blob => Encoding.UTF8.GetString(((ReadOnlyMemory<byte>)actual).Span),
        TypeKind.Boolean => (bool)actual ? "true" : "false",
        TypeKind.Enum or TypeKind.IntEnum => Convert.ToString(actual.GetType().GetProperty("Value")!.GetValue(actual), CultureInfo.InvariantCulture)!,
        _ => Convert.ToString(actual, CultureInfo.InvariantCulture)!,
    };

    private static bool ScalarsEqual(string expected, string actual) => expected == actual;

    private static string Normalize(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity"
        : Math.Round(value, 5).ToString("R", CultureInfo.InvariantCulture);

    public static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        _ when node.GetValueKind() == JsonValueKind.Number => node.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        ICollection c => c.GetType().Name + " with " + c.Count + " items",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
