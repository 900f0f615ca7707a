using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CodeGen.Generator.Reading.Json;

/// <summary>Parses UTF-8 JSON into <see cref="JsonNode"/>s that remember their byte positions.</summary>
internal static class JsonParser
{
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 256,
    };

    /// <summary>Parses <paramref name="utf8"/>; on malformed input returns null and the error's line and byte column.</summary>
    public static JsonNode? Parse(byte[] utf8, out JsonSyntaxError? error)
    {
        error = null;
        if (IsBlank(utf8))
        {
            // Utf8JsonReader reports an empty input as an exception about tokens; say it plainly.
            error = JsonSyntaxError.AtOffset("the file is empty", 0);
            return null;
        }

        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(s_options));
        try
        {
            if (!reader.Read())
            {
                error = JsonSyntaxError.AtOffset("the file is empty", 0);
                return null;
            }

            var root = ReadValue(ref reader, new Utf8StringCache());
            if (reader.Read())
            {
                error = JsonSyntaxError.AtOffset("unexpected content after the end of the JSON value", (int)reader.TokenStartIndex);
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            error = JsonSyntaxError.AtLine(CleanMessage(ex.Message), (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, Utf8StringCache strings)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var name = strings.Get(ref reader);
                    // The quoted name only: BytesConsumed would include the colon after it.
                    var nameEnd = nameStart + reader.ValueSpan.Length + 2;
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameStart, nameEnd, ReadValue(ref reader, strings)));
                }

                return new JsonObject(start, (int)reader.BytesConsumed, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, strings));
                }

                return new JsonArray(start, (int)reader.BytesConsumed, items);
            case JsonTokenType.String:
                return new JsonString(start, (int)reader.BytesConsumed, strings.Get(ref reader));
            case JsonTokenType.Number:
                // The whole file is one buffer, so values never span segments.
                var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                return new JsonNumber(start, (int)reader.BytesConsumed, raw);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonBoolean(start, (int)reader.BytesConsumed, reader.TokenType == JsonTokenType.True);
            default:
                return new JsonNull(start, (int)reader.BytesConsumed);
        }
    }

    private static bool IsBlank(byte[] utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    // System.Text.Json appends its own position text; the diagnostic carries the location instead.
    private static string CleanMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = index > 0 ? message.Substring(0, index) : message;
        return text.TrimEnd(' ', '.');
    }
}

/// <summary>Where and why JSON could not be parsed: either a line and byte column, or a byte offset.</summary>
internal sealed class JsonSyntaxError
{
    private JsonSyntaxError(string message, int line, int byteInLine, int? byteOffset)
    {
        Message = message;
        Line = line;
        ByteInLine = byteInLine;
        ByteOffset = byteOffset;
    }

    public string Message { get; }

    public int Line { get; }

    public int ByteInLine { get; }

    public int? ByteOffset { get; }

    public static JsonSyntaxError AtLine(string message, int line, int byteInLine) => new(message, line, byteInLine, null);

    public static JsonSyntaxError AtOffset(string message, int byteOffset) => new(message, 0, 0, byteOffset);
}
