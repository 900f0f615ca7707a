using System.Globalization;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// Typed access to fields of a model's JSON objects that reports a located diagnostic when a field
/// is missing or has the wrong kind of value, and lets reading go on.
/// </summary>
internal sealed class JsonFields
{
    private readonly SourcePositions _positions;
    private readonly DiagnosticBag _diagnostics;

    public JsonFields(SourcePositions positions, DiagnosticBag diagnostics)
    {
        _positions = positions;
        _diagnostics = diagnostics;
    }

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourceSpan Locate(JsonNode node) => new(_positions, node.Start, node.End);

    /// <summary>Locates an object member by its name, which reads better than the whole value.</summary>
    public SourceSpan LocateName(JsonProperty property) => new(_positions, property.NameStart, property.NameEnd);

    /// <summary>Locates the opening brace of an object, for "field missing" diagnostics.</summary>
    public SourceSpan LocateStart(JsonNode node) => new(_positions, node.Start, node.Start + 1);

    public JsonObject? Object(JsonObject owner, string field, OwnerName ownerName, bool required = false) =>
        Get<JsonObject>(owner, field, ownerName, required, "an object");

    public JsonArray? Array(JsonObject owner, string field, OwnerName ownerName, bool required = false) =>
        Get<JsonArray>(owner, field, ownerName, required, "an array");

    public string? String(JsonObject owner, string field, OwnerName ownerName, bool required = false) =>
        Get<JsonString>(owner, field, ownerName, required, "a string")?.Value;

    public JsonString? StringNode(JsonObject owner, string field, OwnerName ownerName, bool required = false) =>
        Get<JsonString>(owner, field, ownerName, required, "a string");

    public bool Boolean(JsonObject owner, string field, OwnerName ownerName) =>
        Get<JsonBoolean>(owner, field, ownerName, required: false, "true or false")?.Value ?? false;

    public long? Integer(JsonObject owner, string field, OwnerName ownerName)
    {
        var number = Get<JsonNumber>(owner, field, ownerName, required: false, "an integer");
        if (number is null)
        {
            return null;
        }

        if (number.TryGetInt64(out var value))
        {
            return value;
        }

        // Some models write whole numbers as 1.0 or 1e3.
        if (number.TryGetDouble(out var d) && d == System.Math.Floor(d) && System.Math.Abs(d) < 9.2e18)
        {
            return (long)d;
        }

        ReportWrongKind(ownerName, field, "an integer", "'" + number.Raw + "'", number);
        return null;
    }

    /// <summary>Reads a number (range bounds) as an invariant decimal literal, keeping its exact text.</summary>
    public string? Number(JsonObject owner, string field, OwnerName ownerName)
    {
        var number = Get<JsonNumber>(owner, field, ownerName, required: false, "a number");
        if (number is null)
        {
            return null;
        }

        return number.TryGetDouble(out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : number.Raw;
    }

    public T? Get<T>(JsonObject owner, string field, OwnerName ownerName, bool required, string expected)
        where T : JsonNode
    {
        if (!owner.TryGetProperty(field, out var property))
        {
            if (required)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingRequiredField, LocateStart(owner), ownerName, field);
            }

            return null;
        }

        if (property.Value is T typed)
        {
            return typed;
        }

        if (property.Value is JsonNull && !required)
        {
            return null;
        }

        ReportWrongKind(ownerName, field, expected, property.Value.KindName, property.Value);
        return null;
    }

    public void ReportWrongKind(OwnerName ownerName, string field, string expected, string actual, JsonNode node) =>
        _diagnostics.Report(DiagnosticDescriptors.InvalidFieldValue, Locate(node), $"Field '{field}' of {ownerName}", expected, actual);
}
