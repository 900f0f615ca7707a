using System;
using System.IO;
using System.Text;
using System.Text.Json;
using CodeGen.Runtime.Json;
using Xunit;

namespace CodeGen.Runtime.Tests.Json;

public sealed class JsonReadWriteTests
{
    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    private static T Read<T>(string json, ReadValue<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("\"NaN\"", double.NaN)]
    [InlineData("\"Infinity\"", double.PositiveInfinity)]
    [InlineData("\"-Infinity\"", double.NegativeInfinity)]
    [InlineData("6.5", 6.5)]
    [InlineData("-1e3", -1000.0)]
    public void ReadsDoublesIncludingNonFiniteStrings(string json, double expected)
    {
        Assert.Equal(expected, Read(json, (ref Utf8JsonReader r) => JsonRead.Double(ref r)));
        Assert.Equal((float)expected, Read(json, (ref Utf8JsonReader r) => JsonRead.Float(ref r)));
    }

    [Theory]
    [InlineData("\"nan\"")]
    [InlineData("true")]
    [InlineData("null")]
    public void RejectsOtherTokensAsDoubles(string json)
    {
        Assert.Throws<JsonException>(() => Read(json, (ref Utf8JsonReader r) => JsonRead.Double(ref r)));
    }

    [Theory]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    [InlineData(6.5, "6.5")]
    public void WritesDoublesIncludingNonFiniteStrings(double value, string expected)
    {
        Assert.Equal(expected, Write(w => JsonWrite.Double(w, value)));
        Assert.Equal(expected, Write(w => JsonWrite.Float(w, (float)value)));
    }

    [Theory]
    [InlineData("946845296.123", TimestampFormat.DateTime, 946845296123)]
    [InlineData("946845296", TimestampFormat.HttpDate, 946845296000)]
    [InlineData("\"2000-01-02T20:34:56.123Z\"", TimestampFormat.DateTime, 946845296123)]
    [InlineData("\"Sun, 02 Jan 2000 20:34:56 GMT\"", TimestampFormat.HttpDate, 946845296000)]
    [InlineData("\"946845296.5\"", TimestampFormat.EpochSeconds, 946845296500)]
    public void ReadsTimestampsFromNumbersOrStrings(string json, TimestampFormat format, long expectedMilliseconds)
    {
        var value = Read(json, (ref Utf8JsonReader r) => JsonRead.Timestamp(ref r, format));

        Assert.Equal(expectedMilliseconds, value.ToUnixTimeMilliseconds());
    }

    [Theory]
    [InlineData(0, TimestampFormat.EpochSeconds, "[946845296]")]
    [InlineData(500, TimestampFormat.EpochSeconds, "[946845296.5]")]
    [InlineData(123, TimestampFormat.DateTime, "[\"2000-01-02T20:34:56.123Z\"]")]
    [InlineData(0, TimestampFormat.HttpDate, "[\"Sun, 02 Jan 2000 20:34:56 GMT\"]")]
    public void WritesTimestamps(int milliseconds, TimestampFormat format, string expected)
    {
        var value = DateTimeOffset.FromUnixTimeSeconds(946845296).AddMilliseconds(milliseconds);

        Assert.Equal(expected, Write(w =>
        {
            w.WriteStartArray();
            JsonWrite.Timestamp(w, value, format);
            w.WriteEndArray();
        }));
    }

    [Fact]
    public void BlobsAreBase64BothWays()
    {
        var bytes = new byte[] { 0, 1, 2, 250, 255 };

        var json = Write(w => JsonWrite.Blob(w, bytes));

        Assert.Equal("\"AAEC+v8=\"", json);
        Assert.Equal(bytes, Read(json, (ref Utf8JsonReader r) => JsonRead.Blob(ref r)));
    }

    [Fact]
    public void StringsAndDocuments()
    {
        Assert.Null(Read("null", (ref Utf8JsonReader r) => JsonRead.String(ref r)));
        Assert.Equal("x", Read("\"x\"", (ref Utf8JsonReader r) => JsonRead.String(ref r)));
        Assert.Throws<JsonException>(() => Read("1", (ref Utf8JsonReader r) => JsonRead.String(ref r)));

        var document = Read("{\"a\":[1,true,null]}", (ref Utf8JsonReader r) => JsonRead.Document(ref r));
        Assert.Equal(JsonValueKind.Object, document.ValueKind);
        Assert.Equal(3, document.GetProperty("a").GetArrayLength());
    }
}
