using System.Text;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Http;

public sealed class HttpRequestDataTests
{
    [Fact]
    public void LabelEscapesEverythingButUnreservedCharacters()
    {
        using var http = new HttpRequestData();
        http.AppendPath("/HttpRequestWithLabels/");
        http.AppendLabel(" %:/?#[]@!$&'()*+,;=😹", greedy: false);

        Assert.Equal("/HttpRequestWithLabels/%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9", http.Path);
    }

    [Fact]
    public void GreedyLabelKeepsSlashesAndOthersEncodeThem()
    {
        using var http = new HttpRequestData();
        http.AppendPath("/HttpRequestWithGreedyLabelInPath/foo/");
        http.AppendLabel("hello/escape", greedy: false);
        http.AppendPath("/baz/");
        http.AppendLabel("there/guy", greedy: true);

        Assert.Equal("/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy", http.Path);
    }

    [Theory]
    [InlineData("..", false, "/a/%2E%2E")]
    [InlineData(".", false, "/a/%2E")]
    [InlineData("...", false, "/a/...")]
    [InlineData(".hidden", false, "/a/.hidden")]
    [InlineData("../../admin?x=1#y", false, "/a/..%2F..%2Fadmin%3Fx%3D1%23y")]
    [InlineData("../x/./y/..", true, "/a/%2E%2E/x/%2E/y/%2E%2E")]
    public void DotSegmentLabelsCannotChangeThePath(string label, bool greedy, string expected)
    {
        using var http = new HttpRequestData();
        http.AppendPath("/a/");
        http.AppendLabel(label, greedy);

        Assert.Equal(expected, http.Path);
    }

    [Theory]
    [InlineData("ሴ", "%E1%88%B4")]
    [InlineData("é", "%C3%A9")]
    public void NonAsciiLabelsAreUtf8Encoded(string label, string expected)
    {
        using var http = new HttpRequestData();
        http.AppendPath("/");
        http.AppendLabel(label, greedy: false);

        Assert.Equal("/" + expected, http.Path);
    }

    [Fact]
    public void LoneSurrogateIsEncodedAsReplacementCharacter()
    {
        using var http = new HttpRequestData();
        http.AppendPath("/");
        http.AppendLabel(new string('\ud800', 1) + "x", greedy: false);

        Assert.Equal("/%EF%BF%BDx", http.Path);
    }

    [Fact]
    public void QueryIsEscapedPerRfc3986AndKeepsInsertionOrder()
    {
        using var http = new HttpRequestData();
        http.AddQuery("String", "Hello there");
        http.AddQuery("b", "1+1=2&more");
        http.AddQuery("a", "");
        http.AddQuery("key with space", "~-._");

        Assert.Equal("String=Hello%20there&b=1%2B1%3D2%26more&a=&key%20with%20space=~-._", http.Query);
    }

    [Fact]
    public void LiteralQueryKeepsTemplateTextAndFlags()
    {
        using var http = new HttpRequestData();
        http.AddQueryLiteral("foo", "bar");
        http.AddQueryLiteral("hello", null);
        http.AddQueryLiteral("pre", "a%20b c");
        http.AddQuery("baz", "bam");

        Assert.Equal("foo=bar&hello&pre=a%20b%20c&baz=bam", http.Query);
    }

    [Fact]
    public void EmptyPathIsRoot()
    {
        using var http = new HttpRequestData();

        Assert.Equal("/", http.Path);
        Assert.Equal("POST", http.Method);
    }

    [Fact]
    public void JsonWriterOutputBecomesTheBodyWithoutAnExplicitFlush()
    {
        using var http = new HttpRequestData();
        var writer = http.GetJsonWriter();
        writer.WriteStartObject();
        writer.WriteString("text", "<ü>");
        writer.WriteEndObject();

        Assert.True(http.HasBody);
        Assert.Equal("{\"text\":\"<ü>\"}", Encoding.UTF8.GetString(http.Body.Span));
    }

    [Fact]
    public void RawBodyIsKept()
    {
        using var http = new HttpRequestData();
        var payload = new byte[] { 0, 1, 2, 255 };

        http.SetBody(payload);

        Assert.Equal(payload, http.Body.ToArray());
    }
}
