using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

/// <summary>Labels and query components are percent-encoded exactly (header, timestamp and JSON formats: HttpFormatTests, TimestampsTests, JsonReadWriteTests).</summary>
public class UriEscapingTests
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
}
