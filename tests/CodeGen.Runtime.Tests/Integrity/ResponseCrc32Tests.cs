using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Integrity;

/// <summary>DynamoDB's x-amz-crc32: a mismatch is a corrupted response, retried like a transient error.</summary>
public class ResponseCrc32Tests
{
    private const string Body = """{"name":"back"}""";

    // zlib.crc32(b'{"name":"back"}')
    private const string BodyCrc = "759966534";

    private static readonly ServiceMetadata s_checked = new(
        TestService.Metadata.ServiceId, TestService.Metadata.EndpointPrefix, TestService.Metadata.SigningName, TestService.Metadata.ApiVersion,
        TestService.Metadata.CreateException, TestService.Metadata.CreateServiceException)
    {
        ResponseCrc32 = true,
    };

    [Fact]
    public async Task AMatchingChecksumIsAccepted()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, Body, ("x-amz-crc32", BodyCrc));
        using var runtime = new ClientRuntime(s_checked, TestService.Options(handler));

        var response = await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("back", response.Name);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AMismatchIsRetriedAndTheNextGoodResponseWins()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.OK, Body, ("x-amz-crc32", "12345"))
            .Respond(HttpStatusCode.OK, Body, ("x-amz-crc32", BodyCrc));
        using var runtime = new ClientRuntime(s_checked, TestService.Options(handler));

        var response = await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("back", response.Name);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task PersistentCorruptionEndsInARetryableChecksumException()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, Body, ("x-amz-crc32", "12345"));
        using var runtime = new ClientRuntime(s_checked, TestService.Options(handler, o => o.Retry.MaxAttempts = 2));

        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal(2, handler.Requests.Count);
        Assert.True(error.IsRetryable);
        Assert.Equal("CRC32", error.Algorithm);
        Assert.Equal("12345", error.Expected);
        Assert.Equal(BodyCrc, error.Actual);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal(Body, error.RawBodyText);
    }

    [Fact]
    public async Task ErrorResponsesAreCheckedToo()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.BadRequest, """{"__type":"KnownError"}""", ("x-amz-crc32", "1"))
            .Respond(HttpStatusCode.OK, Body);
        using var runtime = new ClientRuntime(s_checked, TestService.Options(handler));

        await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task TheCheckCanBeSwitchedOffAndOtherServicesAreNotChecked()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, Body, ("x-amz-crc32", "12345"));
        using var optedOut = new ClientRuntime(s_checked, TestService.Options(handler, o => o.ValidateResponseCrc32 = false));
        using var otherService = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        Assert.Equal("back", (await optedOut.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None)).Name);
        Assert.Equal("back", (await otherService.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None)).Name);
        Assert.Equal(2, handler.Requests.Count);
    }
}
