using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CodeGen.Runtime.Auth;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>Every case of the AWS SigV4 test suite (TestData/sigv4-testsuite, Apache-2.0).</summary>
public class SigV4SuiteTests
{
    private const string AmzDate = "20150830T123600Z";
    private static readonly AwsCredentials s_credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private const string SessionToken = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
    private static readonly string s_root = Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4-testsuite");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(s_root, "*.req", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(s_root, Path.ChangeExtension(path, null)).Replace('\\', '/'))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void CanonicalRequestStringToSignAndAuthorizationMatchTheSuite(string name)
    {
        var (request, body) = Parse(File.ReadAllText(Path.Combine(s_root, name + ".req")));
        var payloadHash = SigV4Signer.PayloadHash(Encoding.UTF8.GetBytes(body));
        if (name.EndsWith("get-vanilla-with-session-token", StringComparison.Ordinal))
        {
            // The suite expects the signer to add the token header; HttpRequestMessage signing does (see below).
            request = request with { Headers = [.. request.Headers, new("X-Amz-Security-Token", SessionToken)] };
        }

        var canonical = SigV4Signer.CanonicalRequest(request, payloadHash, out _);
        var stringToSign = SigV4Signer.StringToSign(canonical, AmzDate, "20150830/us-east-1/service/aws4_request");
        var authorization = new SigV4Signer().Authorization(request, payloadHash, s_credentials, "us-east-1", "service", AmzDate);

        Assert.Equal(Read(name + ".creq"), canonical);
        Assert.Equal(Read(name + ".sts"), stringToSign);
        Assert.Equal(Read(name + ".authz"), authorization);
    }

    [Fact]
    public void SigningAMessageAddsDateAndSessionTokenAndMatchesTheSuite()
    {
        using var message = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "https://example.amazonaws.com/");
        var credentials = new AwsCredentials(s_credentials.AccessKeyId, s_credentials.SecretAccessKey, SessionToken);

        new SigV4Signer().Sign(message, [], credentials, "us-east-1", "service", new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

        Assert.Equal(AmzDate, message.Headers.GetValues("X-Amz-Date").Single());
        Assert.Equal(SessionToken, message.Headers.GetValues("X-Amz-Security-Token").Single());
        Assert.Equal(Read("get-vanilla-with-session-token/get-vanilla-with-session-token.authz"), message.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public void SuiteHasEveryCase()
    {
        // 28 directories, of which two hold cases only in subdirectories.
        Assert.True(Cases().Count() >= 30, "expected the whole suite, found " + Cases().Count());
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(s_root, relative)).Replace("\r\n", "\n");

    /// <summary>Parses a raw .req file: request line, headers (folded lines continue a value), blank line, body.</summary>
    private static (SigningRequest Request, string Body) Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ')];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(' ')];
        var headers = new List<KeyValuePair<string, string>>();
        var i = 1;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (char.IsWhiteSpace(lines[i][0]) && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + "\n" + lines[i]);
                continue;
            }

            var colon = lines[i].IndexOf(':');
            headers.Add(new(lines[i][..colon], lines[i][(colon + 1)..]));
        }

        var body = i < lines.Length ? string.Join("\n", lines.Skip(i + 1)) : "";
        var question = target.IndexOf('?');
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : target[(question + 1)..];
        return (new SigningRequest(method, path, query, headers), body);
    }
}
