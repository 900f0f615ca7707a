using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Smithy;

/// <summary>
/// Typed access to trait values. A known trait whose value has the wrong kind is reported at the
/// value's line and column, and reads as absent, so reading goes on.
/// </summary>
internal sealed class TraitReader
{
    public TraitReader(JsonFields fields) => Fields = fields;

    public JsonFields Fields { get; }

    public string? String(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner) =>
        Get<JsonString>(traits, id, owner, "a string")?.Value;

    public JsonString? StringNode(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner) =>
        Get<JsonString>(traits, id, owner, "a string");

    public JsonObject? Object(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner) =>
        Get<JsonObject>(traits, id, owner, "an object");

    public JsonArray? Array(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner) =>
        Get<JsonArray>(traits, id, owner, "an array");

    public long? Integer(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner)
    {
        var number = Get<JsonNumber>(traits, id, owner, "an integer");
        if (number is null)
        {
            return null;
        }

        if (number.TryGetInt64(out var value))
        {
            return value;
        }

        Report(id, owner, "an integer", "'" + number.Raw + "'", number);
        return null;
    }

    /// <summary>Reads a marker trait (value <c>{}</c>); reports any other value, but the trait still counts as present.</summary>
    public bool Marker(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner)
    {
        if (!traits.TryGetValue(id, out var value))
        {
            return false;
        }

        if (value is not JsonObject)
        {
            Report(id, owner, "an object", value.KindName, value);
        }

        return true;
    }

    public T? Get<T>(IReadOnlyDictionary<string, JsonNode> traits, string id, string owner, string expected)
        where T : JsonNode
    {
        if (!traits.TryGetValue(id, out var value))
        {
            return null;
        }

        if (value is T typed)
        {
            return typed;
        }

        Report(id, owner, expected, value.KindName, value);
        return null;
    }

    public void Report(string id, string owner, string expected, string actual, JsonNode node) =>
        Fields.Diagnostics.Report(DiagnosticDescriptors.InvalidFieldValue, Fields.Locate(node), $"Trait '{id}' of {owner}", expected, actual);

    /// <summary>Writes a trait value back as JSON literal text (how definitions carry defaults: <c>0</c>, <c>"a"</c>, <c>[]</c>).</summary>
    public static string Literal(JsonNode node)
    {
        var builder = new StringBuilder();
        WriteLiteral(builder, node);
        return builder.ToString();
    }

    private static void WriteLiteral(StringBuilder builder, JsonNode node)
    {
        switch (node)
        {
            case JsonString s:
                WriteString(builder, s.Value);
                break;
            case JsonNumber n:
                builder.Append(n.Raw);
                break;
            case JsonBoolean b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case JsonArray a:
                builder.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    WriteLiteral(builder, a.Items[i]);
                }

                builder.Append(']');
                break;
            case JsonObject o:
                builder.Append('{');
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    WriteString(builder, o.Properties[i].Name);
                    builder.Append(':');
                    WriteLiteral(builder, o.Properties[i].Value);
                }

                builder.Append('}');
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
