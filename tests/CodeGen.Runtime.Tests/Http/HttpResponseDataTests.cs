using System.Collections.Generic;
using System.Linq;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

public sealed class HttpResponseDataTests
{
    private static KeyValuePair<string, string> H(string name, string value) => new(name, value);

    [Fact]
    public void HeadersAreCaseInsensitiveAndRepeatsAreJoined()
    {
        var response = new HttpResponseData(200, new[] { H("X-Foo", "a"), H("x-foo", "b"), H("Other", "c") }, default);

        Assert.Equal("a, b", response.GetHeader("X-FOO"));
        Assert.Null(response.GetHeader("missing"));
        Assert.Equal(3, response.Headers.Count());
    }

    [Theory]
    [InlineData("x-amzn-RequestId", "one")]
    [InlineData("x-amz-request-id", "one")]
    public void RequestIdComesFromEitherHeader(string header, string expected)
    {
        var response = new HttpResponseData(500, new[] { H(header, expected) }, default);

        Assert.Equal(expected, response.RequestId);
    }

    [Fact]
    public void ReceivedResponseExposesResponseAndContentHeaders()
    {
        using var message = new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("{}") };
        message.Headers.TryAddWithoutValidation("X-Prefix-A", "1");
        message.Headers.TryAddWithoutValidation("x-amzn-RequestId", "rid");
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = new HttpResponseData(message, new byte[] { 1 });

        Assert.Equal("application/json", response.GetHeader("content-type"));
        Assert.Equal("rid", response.RequestId);
        Assert.Contains(response.Headers, h => h.Key == "X-Prefix-A" && h.Value == "1");
        Assert.Contains(response.Headers, h => h.Key == "Content-Type");
    }
}
