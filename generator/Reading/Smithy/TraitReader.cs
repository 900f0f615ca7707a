using System.Collections.Generic;
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
}
