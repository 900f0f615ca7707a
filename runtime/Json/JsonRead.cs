using System;
using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>Reads values generated deserializers need beyond <see cref="Utf8JsonReader"/>'s own getters.</summary>
/// <remarks>Each method expects the reader positioned on the value token.</remarks>
public static class JsonRead
{
    /// <summary>A string, or null for a JSON null.</summary>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        var other => throw new JsonException("Expected a string, found " + other + "."),
    };

    /// <summary>A number, or one of the strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static double Double(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var other => throw new JsonException("Expected a number, got the string '" + other + "'."),
            };
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number, found " + reader.TokenType + ".");
        }

        return reader.GetDouble();
    }

    /// <summary>A single-precision number, or NaN/Infinity as strings.</summary>
    public static float Float(ref Utf8JsonReader reader) => (float)Double(ref reader);

    /// <summary>A timestamp: a number of epoch seconds, or a string in <paramref name="format"/>.</summary>
    public static DateTimeOffset Timestamp(ref Utf8JsonReader reader, TimestampFormat format)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return Timestamps.FromEpochSeconds(reader.GetDouble());
        }

        var text = reader.GetString() ?? throw new JsonException("Expected a timestamp.");
        try
        {
            return Timestamps.Parse(text, format);
        }
        catch (FormatException ex)
        {
            throw new JsonException("'" + text + "' is not a timestamp in " + format + " format.", ex);
        }
    }

    /// <summary>A base64-encoded blob.</summary>
    public static byte[] Blob(ref Utf8JsonReader reader) => reader.GetBytesFromBase64();

    /// <summary>Any JSON value, as a document.</summary>
    public static JsonElement Document(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);
}
