using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>The runtime signs from what it already knows; the result must equal the suite-checked general signer.</summary>
public class RuntimeSigningTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("https://test.example.com", null)]
    [InlineData("https://test.example.com:8443/base/", null)]
    [InlineData("https://test.example.com", "AQoDYXdzEXAMPLETOKEN")]
    public async Task RuntimeSignatureEqualsTheGeneralSigner(string endpoint, string? token)
    {
        var now = new DateTimeOffset(2024, 2, 29, 23, 59, 58, TimeSpan.Zero);
        var credentials = new AwsCredentials("AKIDTEST", "secret/with+chars", token);
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK);
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o =>
        {
            o.Endpoint = new Uri(endpoint);
            o.TimeProvider = new FixedTime(now);
            o.Credentials = new StaticCredentialsProvider(credentials);
            o.IdempotencyTokenProvider = () => "a token/with spaces";
        }));

        await runtime.InvokeAsync(new EchoRequest("name with/slash and ü"), new EchoOperation(), CancellationToken.None);

        var (sent, body) = handler.Requests.Single();
        using var copy = new HttpRequestMessage(sent.Method, sent.RequestUri) { Content = new ByteArrayContent(body) };
        copy.Content.Headers.TryAddWithoutValidation("Content-Type", sent.Content!.Headers.GetValues("Content-Type"));
        new SigV4Signer().Sign(copy, body, credentials, "us-west-2", "testsvc", now);

        Assert.Equal(copy.Headers.GetValues("Authorization").Single(), sent.Headers.GetValues("Authorization").Single());
        Assert.Equal(copy.Headers.GetValues("X-Amz-Date").Single(), sent.Headers.GetValues("X-Amz-Date").Single());
    }
}
