using System;
using System.Text;
using System.Text.Json;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Json;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

public class FormattingTests
{
    [Theory]
    [InlineData("simple", false, "simple")]
    [InlineData("a b/c", false, "a%20b%2Fc")]
    [InlineData("a b/c", true, "a%20b/c")]
    [InlineData("../../admin?x=1#y", false, "..%2F..%2Fadmin%3Fx%3D1%23y")]
    [InlineData("..", false, "%2E%2E")]
    [InlineData(".", false, "%2E")]
    [InlineData("a/../b", true, "a/%2E%2E/b")]
    [InlineData("ሴ", false, "%E1%88%B4")]
    [InlineData("~-._", false, "~-._")]
    public void LabelsArePercentEncoded(string value, bool greedy, string expected)
    {
        var request = new HttpRequestData();
        request.AppendLabel(value, greedy);

        Assert.Equal(expected, request.Path);
    }

    [Fact]
    public void QueryEncodesSpacesAsPercent20AndKeepsOrder()
    {
        var request = new HttpRequestData();
        request.AddQuery("b key", "x y+z");
        request.AddQuery("a", "&=");

        Assert.Equal("b%20key=x%20y%2Bz&a=%26%3D", request.Query);
    }

    [Fact]
    public void HeaderListsQuoteValuesWithCommasAndQuotesAndRoundTrip()
    {
        var values = new[] { "plain", "with, comma", "with \"quote\"", " spaced " };

        var header = HttpFormat.FormatHeaderList(values);

        Assert.Equal("plain, \"with, comma\", \"with \\\"quote\\\"\", \" spaced \"", header);
        Assert.Equal(values, HttpFormat.ParseHeaderList(header));
    }

    [Fact]
    public void HttpDateListsSplitOnEverySecondComma()
    {
        Assert.Equal(["Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"],
            HttpFormat.ParseHttpDateList("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"));
    }

    [Theory]
    [InlineData(TimestampFormat.EpochSeconds, "1576540098")]
    [InlineData(TimestampFormat.DateTime, "2019-12-16T23:48:18Z")]
    [InlineData(TimestampFormat.HttpDate, "Mon, 16 Dec 2019 23:48:18 GMT")]
    public void TimestampsFormatAndParseInEachFormat(TimestampFormat format, string text)
    {
        var value = new DateTimeOffset(2019, 12, 16, 23, 48, 18, TimeSpan.Zero);

        Assert.Equal(text, Timestamps.Format(value, format));
        Assert.Equal(value, Timestamps.Parse(text, format));
    }

    [Fact]
    public void TimestampFractionsAreKeptToTheMillisecond()
    {
        var value = new DateTimeOffset(2000, 1, 2, 20, 34, 56, 123, TimeSpan.Zero);

        Assert.Equal("946845296.123", Timestamps.Format(value, TimestampFormat.EpochSeconds));
        Assert.Equal("2000-01-02T20:34:56.123Z", Timestamps.Format(value, TimestampFormat.DateTime));
        Assert.Equal(value, Timestamps.Parse("2000-01-02T21:34:56.123+01:00", TimestampFormat.DateTime));
        Assert.Equal(value, Timestamps.Parse("946845296.123", TimestampFormat.EpochSeconds));
    }

    [Theory]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    [InlineData(1.5, "1.5")]
    public void SpecialDoublesRoundTripThroughJson(double value, string json)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonWrite.Double(writer, value);
        }

        Assert.Equal(json, Encoding.UTF8.GetString(buffer.WrittenSpan));
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        Assert.Equal(value, JsonRead.Double(ref reader));
    }

    [Fact]
    public void JsonValueHeadersAreBase64OfTheJson()
    {
        var header = HttpFormat.ToBase64Json("""{"a":1}""");

        Assert.Equal("eyJhIjoxfQ==", header);
        Assert.Equal("""{"a":1}""", HttpFormat.FromBase64Json(header));
    }
}
