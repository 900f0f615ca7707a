using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime;
using FinSpace.Data;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>Error responses, bad bodies, timeouts and cancellation against a real HTTP server.</summary>
public sealed class ErrorLoopbackTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<int, string, Type> ModelledErrors => new()
    {
        { 403, "AccessDeniedException", typeof(AccessDeniedException) },
        { 409, "ConflictException", typeof(ConflictException) },
        { 500, "InternalServerException", typeof(InternalServerException) },
        { 400, "LimitExceededException", typeof(LimitExceededException) },
        { 404, "ResourceNotFoundException", typeof(ResourceNotFoundException) },
        { 429, "ThrottlingException", typeof(ThrottlingException) },
        { 400, "ValidationException", typeof(ValidationException) },
    };

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public async Task EachModelledErrorBecomesItsTypedException(int status, string code, Type expected)
    {
        _server.Respond(status, $$"""{"message":"the {{code}} message","reason":"R-{{code}}"}""",
            ("X-Amzn-Errortype", code + ":http://internal.amazon.com/coral/com.amazonaws.finspace/"), ("x-amzn-RequestId", "req-" + code));
        using var client = ClientFactory.Create(_server, o => o.Retry.MaxAttempts = 1);

        var error = await Assert.ThrowsAnyAsync<FinSpaceDataException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("req-" + code, error.RequestId);
        Assert.Equal("the " + code + " message", error.ErrorMessage);
        var reason = expected.GetProperty("Reason")?.GetValue(error);
        if (expected.GetProperty("Reason") is not null)
        {
            Assert.Equal("R-" + code, reason);
        }
    }

    [Fact]
    public async Task ErrorCodeInTheBodyIsUsedWhenTheHeaderIsAbsent()
    {
        _server.Respond(404, """{"__type":"com.amazonaws.finspace#ResourceNotFoundException","message":"gone","reason":"R"}""");
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal("gone", error.ErrorMessage);
        Assert.Equal("R", error.Reason);
    }

    [Fact]
    public async Task UnknownErrorCodeBecomesTheServiceBaseExceptionWithEverything()
    {
        _server.Respond(418, """{"message":"I am a teapot"}""", ("X-Amzn-Errortype", "TeapotException"), ("x-amzn-RequestId", "req-418"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<FinSpaceDataException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal(418, error.StatusCode);
        Assert.Equal("TeapotException", error.ErrorCode);
        Assert.Equal("req-418", error.RequestId);
        Assert.Equal("I am a teapot", error.ErrorMessage);
        Assert.Equal("""{"message":"I am a teapot"}""", error.RawBodyText);
    }

    [Theory]
    [InlineData("""{"message": "cut off""")]
    [InlineData("""{"message": 12, "reason": [}""")]
    [InlineData("""<html><body><h1>502 Bad Gateway</h1></body></html>""")]
    public async Task UnparseableErrorBodiesStillGiveATypedExceptionWithTheRawBody(string body)
    {
        _server.Respond(400, body, ("x-amzn-RequestId", "req-bad"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<FinSpaceDataException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("req-bad", error.RequestId);
        Assert.Equal(body, error.RawBodyText);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task HtmlErrorPageFromAProxyKeepsTheHeaderCode()
    {
        _server.Respond(404, "<html>not here</html>", ("X-Amzn-Errortype", "ResourceNotFoundException"), ("Content-Type", "text/html"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<FinSpaceDataException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal("<html>not here</html>", error.RawBodyText);
    }

    [Theory]
    [InlineData("""{"userId": "u-1" """)]
    [InlineData("""{"userId": 42}""")]
    [InlineData("""not json at all""")]
    public async Task MalformedSuccessBodyIsAServiceExceptionNotAJsonException(string body)
    {
        _server.Respond(200, body, ("x-amzn-RequestId", "req-ok"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<FinSpaceDataException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("req-ok", error.RequestId);
        Assert.Equal(body, error.RawBodyText);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task SlowServerTimesOutPerAttemptAndGivesUp()
    {
        _server.Respond(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
            context.Response.StatusCode = 200;
        });
        using var client = ClientFactory.Create(_server, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            o.Retry.MaxAttempts = 2;
        });

        await Assert.ThrowsAsync<TimeoutException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        // The server records a request once it has read it, which on a busy machine can trail the client's give-up.
        Assert.True(await _server.WaitForRequestsAsync(2, TimeSpan.FromSeconds(10)), "expected 2 attempts, saw " + _server.Requests.Count);
    }

    [Fact]
    public async Task TotalTimeoutBoundsTheWholeCall()
    {
        _server.Respond(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
        });
        using var client = ClientFactory.Create(_server, o => o.Timeout = TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TimeoutException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));
    }

    [Fact]
    public async Task CancellationMidRequestStopsTheCallWithoutRetrying()
    {
        var arrived = new TaskCompletionSource();
        _server.Respond(async context =>
        {
            arrived.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
        });
        using var client = ClientFactory.Create(_server);
        using var cancellation = new CancellationTokenSource();

        var call = client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }, cancellation.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_server.Requests);
    }
}
