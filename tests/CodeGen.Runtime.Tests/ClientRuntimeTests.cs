using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Tests.Support;
using CodeGen.Runtime.Validation;
using Xunit;

namespace CodeGen.Runtime.Tests;

public class ClientRuntimeTests
{
    [Fact]
    public async Task SendsTheWrittenRequestSignedToTheEndpoint()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, """{"name":"back"}""");
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o => o.IdempotencyTokenProvider = () => "tok"));

        var response = await runtime.InvokeAsync(new EchoRequest("a b"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("back", response.Name);
        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("https://test.example.com/echo/a%20b?token=tok", request.RequestUri!.AbsoluteUri);
        Assert.Equal("""{"name":"a b"}""", Encoding.UTF8.GetString(body));
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.ToString());
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/", request.Headers.GetValues("Authorization").Single());
        Assert.Contains("/us-west-2/testsvc/aws4_request", request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public async Task UnsignedOperationsCarryNoAuthorization()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK);
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(signed: false), CancellationToken.None);

        var request = handler.Requests.Single().Request;
        Assert.False(request.Headers.Contains("Authorization"));
        Assert.False(request.Headers.Contains("X-Amz-Date"));
    }

    [Fact]
    public async Task ValidationFailureSendsNothingAndCanBeSwitchedOff()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK);
        using var validating = new ClientRuntime(TestService.Metadata, TestService.Options(handler));
        await Assert.ThrowsAsync<RequestValidationException>(() => validating.InvokeAsync(new EchoRequest(""), new EchoOperation(), CancellationToken.None));
        Assert.Empty(handler.Requests);

        var operation = new EchoOperation();
        using var trusting = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o => o.ValidateRequests = false));
        await trusting.InvokeAsync(new EchoRequest("ok"), operation, CancellationToken.None);
        Assert.Empty(operation.Validated);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ThrottlingIsRetriedAndEveryAttemptSharesTheIdempotencyToken()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.TooManyRequests, """{"__type":"ThrottlingException"}""")
            .Respond(HttpStatusCode.OK, """{"name":"done"}""");
        var tokens = 0;
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o => o.IdempotencyTokenProvider = () => "t" + ++tokens));

        var response = await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("done", response.Name);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.EndsWith("token=t1", r.Request.RequestUri!.Query));
        Assert.Equal(1, tokens);
    }

    [Fact]
    public async Task ServerErrorsGiveUpAfterMaxAttemptsWithTheLastError()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.InternalServerError, """{"message":"one"}""")
            .Respond(HttpStatusCode.BadGateway, """{"message":"two"}""")
            .Respond(HttpStatusCode.ServiceUnavailable, """{"message":"three"}""");
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        var error = await Assert.ThrowsAsync<TestServiceException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("three", error.ErrorMessage);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task OtherClientErrorsAreNotRetried(HttpStatusCode status)
    {
        var handler = new RecordingHandler().Respond(status, """{"code":"KnownError","message":"no"}""");
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        var error = await Assert.ThrowsAsync<KnownErrorException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal("KnownError", error.ErrorCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task TransientErrorCodesAreRetriedEvenWithAClientStatus()
    {
        var handler = new RecordingHandler()
            .Respond(HttpStatusCode.BadRequest, """{"__type":"RequestTimeout","message":"slow"}""")
            .Respond(HttpStatusCode.OK, """{"name":"done"}""");
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        var response = await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("done", response.Name);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task TransientNetworkErrorsAreRetriedThenSurfaceAsThemselves()
    {
        var handler = new RecordingHandler().Throw(new HttpRequestException("connection reset"));
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal("connection reset", error.Message);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task AnEmptyRetryQuotaStopsRetrying()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.InternalServerError);
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o =>
        {
            o.Retry.RetryQuota = 7; // enough for one retry (5 tokens), not two
            o.Retry.MaxAttempts = 5;
        }));

        await Assert.ThrowsAsync<TestServiceException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));
        Assert.Equal(2, handler.Requests.Count);

        await Assert.ThrowsAsync<TestServiceException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task MalformedSuccessBodyBecomesTheServiceExceptionWithTheRawBody()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK, "<html>proxy</html>", ("x-amzn-RequestId", "rid"));
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        var error = await Assert.ThrowsAsync<TestServiceException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal("rid", error.RequestId);
        Assert.Equal("<html>proxy</html>", error.RawBodyText);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task AttemptTimeoutIsRetriedThenReportedAsTimeout()
    {
        var handler = new RecordingHandler().Hang();
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(50);
            o.Retry.MaxAttempts = 2;
        }));

        await Assert.ThrowsAsync<TimeoutException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CallerCancellationIsNotRetriedAndSurfacesAsCancellation()
    {
        var handler = new RecordingHandler().Hang();
        using var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), cancellation.Token));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public void AnInjectedHttpClientIsNeverDisposed()
    {
        var handler = new RecordingHandler();
        var runtime = new ClientRuntime(TestService.Metadata, TestService.Options(handler));

        runtime.Dispose();

        Assert.False(handler.Disposed);
    }

    [Fact]
    public async Task DefaultEndpointFollowsTheRegion()
    {
        var handler = new RecordingHandler().Respond(HttpStatusCode.OK);
        var options = TestService.Options(handler, o => { o.Endpoint = null; o.Region = "eu-west-1"; });
        using var runtime = new ClientRuntime(TestService.Metadata, options);

        await runtime.InvokeAsync(new EchoRequest("x"), new EchoOperation(), CancellationToken.None);

        Assert.Equal("testsvc.eu-west-1.amazonaws.com", handler.Requests.Single().Request.RequestUri!.Host);
    }
}
