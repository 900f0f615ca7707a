using System.Collections.Generic;
using System.Globalization;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// A JSON value with the byte range it came from, so readers can report diagnostics at the exact
/// line and column of the model file. Lives only inside the parse step, never in the pipeline.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>UTF-8 byte offset of the value's first character.</summary>
    public int Start { get; }

    /// <summary>UTF-8 byte offset just after the value.</summary>
    public int End { get; internal set; }

    public abstract string KindName { get; }
}

internal sealed class JsonObject : JsonNode
{
    private const int LinearLookupLimit = 8;
    private Dictionary<string, JsonProperty>? _lookup;

    public JsonObject(int start, int end, List<JsonProperty> properties)
        : base(start, end) => Properties = properties;

    public List<JsonProperty> Properties { get; }

    public override string KindName => "an object";

    public JsonNode? this[string name] => TryGetProperty(name, out var property) ? property.Value : null;

    public bool TryGetProperty(string name, out JsonProperty property)
    {
        if (Properties.Count <= LinearLookupLimit)
        {
            // Most objects (members, references, traits) have a handful of fields: a scan beats a dictionary.
            for (var i = Properties.Count - 1; i >= 0; i--)
            {
                // Last one wins, as in most JSON readers.
                if (string.Equals(Properties[i].Name, name, System.StringComparison.Ordinal))
                {
                    property = Properties[i];
                    return true;
                }
            }

            property = null!;
            return false;
        }

        if (_lookup is null)
        {
            _lookup = new Dictionary<string, JsonProperty>(Properties.Count);
            foreach (var p in Properties)
            {
                // Last one wins, as in most JSON readers.
                _lookup[p.Name] = p;
            }
        }

        return _lookup.TryGetValue(name, out property!);
    }
}

/// <summary>One member of a JSON object, with the position of its name.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, List<JsonNode> items)
        : base(start, end) => Items = items;

    public List<JsonNode> Items { get; }

    public override string KindName => "an array";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(start, end) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string raw)
        : base(start, end) => Raw = raw;

    /// <summary>The number exactly as written, so no precision is lost before the reader decides its type.</summary>
    public string Raw { get; }

    public override string KindName => "a number";

    public bool TryGetInt64(out long value) =>
        long.TryParse(Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDouble(out double value) =>
        double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(int start, int end, bool value)
        : base(start, end) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(int start, int end)
        : base(start, end)
    {
    }

    public override string KindName => "null";
}
