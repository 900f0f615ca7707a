using System;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

public sealed class HttpFormatTests
{
    [Fact]
    public void HeaderListQuotesValuesWithCommasAndQuotes()
    {
        var formatted = HttpFormat.FormatHeaderList(new[] { "b,c", "\"def\"", "a" });

        Assert.Equal("\"b,c\", \"\\\"def\\\"\", a", formatted);
    }

    [Theory]
    [InlineData("a", "b,c", "\"quoted\"", "back\\slash", " padded ", "")]
    [InlineData("plain")]
    [InlineData("x, y", "z")]
    public void HeaderListRoundTrips(params string[] values)
    {
        var parsed = HttpFormat.ParseHeaderList(HttpFormat.FormatHeaderList(values));

        Assert.Equal(values, parsed);
    }

    [Fact]
    public void HeaderListParsingTrimsUnquotedItems()
    {
        Assert.Equal(new[] { "a", "b", "c" }, HttpFormat.ParseHeaderList("a, b,c"));
        Assert.Empty(HttpFormat.ParseHeaderList(""));
    }

    [Fact]
    public void HttpDateListSplitsOnEverySecondComma()
    {
        var dates = HttpFormat.ParseHttpDateList("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT");

        Assert.Equal(new[] { "Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT" }, dates);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(1.1, "1.1")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-5.0, "-5")]
    public void DoublesUseShortestRoundTripForm(double value, string expected)
    {
        Assert.Equal(expected, HttpFormat.FormatDouble(value));
    }

    [Fact]
    public void FloatsAndScalarsFormatInvariantly()
    {
        Assert.Equal("1.1", HttpFormat.FormatFloat(1.1f));
        Assert.Equal("NaN", HttpFormat.FormatFloat(float.NaN));
        Assert.Equal("-Infinity", HttpFormat.FormatFloat(float.NegativeInfinity));
        Assert.Equal("-42", HttpFormat.FormatInt64(-42));
        Assert.Equal("true", HttpFormat.FormatBoolean(true));
        Assert.Equal("false", HttpFormat.FormatBoolean(false));
    }

    [Fact]
    public void JsonValueHeadersAreBase64OfUtf8()
    {
        const string json = "{\"k\":\"ü\"}";

        var header = HttpFormat.ToBase64Json(json);

        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), header);
        Assert.Equal(json, HttpFormat.FromBase64Json(header));
    }
}
