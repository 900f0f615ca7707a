using System;
using System.Globalization;
using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>Writes values generated serializers need beyond <see cref="Utf8JsonWriter"/>'s own methods.</summary>
public static class JsonWrite
{
    /// <summary>A number; NaN and infinities as the strings the protocols use.</summary>
    public static void Double(Utf8JsonWriter writer, double value)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>A single-precision number, written with its shortest round-trip form.</summary>
    public static void Float(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            Double(writer, value);
        }
    }

    /// <summary>A timestamp: epoch seconds as a number, the other formats as strings.</summary>
    public static void Timestamp(Utf8JsonWriter writer, DateTimeOffset value, TimestampFormat format)
    {
        if (format == TimestampFormat.EpochSeconds)
        {
            writer.WriteNumberValue((decimal)Timestamps.ToEpochSeconds(value));
        }
        else
        {
            writer.WriteStringValue(Timestamps.Format(value, format));
        }
    }

    /// <summary>A blob, base64-encoded.</summary>
    public static void Blob(Utf8JsonWriter writer, ReadOnlyMemory<byte> value) => writer.WriteBase64StringValue(value.Span);
}
