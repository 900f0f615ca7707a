using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime;
using CodeGen.Runtime.Validation;
using FinSpace.Data;
using Xunit;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>UpdateUser against a real HTTP server on 127.0.0.1.</summary>
public sealed class UpdateUserLoopbackTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SuccessSendsASignedPutWithTheJsonBody()
    {
        _server.Respond(200, """{"userId":"u-1","unknownField":{"nested":[1,2]}}""", ("Content-Type", "application/json"));
        using var client = ClientFactory.Create(_server, o => o.IdempotencyTokenProvider = () => "token-1");

        var response = await client.UpdateUserAsync(new UpdateUserRequest
        {
            UserId = "u-1",
            Type = UserType.SuperUser,
            FirstName = "Ada",
            ApiAccess = ApiAccess.Disabled,
        });

        Assert.Equal("u-1", response.UserId);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/user/u-1", request.RawTarget);
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Matches(@"^\d{8}T\d{6}Z$", request.Header("X-Amz-Date"));
        var authorization = request.Header("Authorization");
        Assert.NotNull(authorization);
        Assert.Matches(@"^AWS4-HMAC-SHA256 Credential=AKIDLOOPBACKTEST/\d{8}/us-east-1/finspace-api/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$", authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("SUPER_USER", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Ada", body.RootElement.GetProperty("firstName").GetString());
        Assert.Equal("DISABLED", body.RootElement.GetProperty("apiAccess").GetString());
        Assert.Equal("token-1", body.RootElement.GetProperty("clientToken").GetString());
        Assert.False(body.RootElement.TryGetProperty("userId", out _), "userId belongs in the URI, not the body");
        Assert.False(body.RootElement.TryGetProperty("lastName", out _), "unset members are not sent");
    }

    [Fact]
    public async Task UserIdThatLooksLikeAPathStaysInsideItsLabel()
    {
        _server.Respond(200, """{"userId":"x"}""");
        using var client = ClientFactory.Create(_server);

        await client.UpdateUserAsync(new UpdateUserRequest { UserId = "../../admin?x=1#y" });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/user/..%2F..%2Fadmin%3Fx%3D1%23y", request.RawTarget);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task DotSegmentsCannotClimbOutOfTheLabel(string userId)
    {
        _server.Respond(200, """{"userId":"x"}""");
        using var client = ClientFactory.Create(_server, o => o.ValidateRequests = false);

        await client.UpdateUserAsync(new UpdateUserRequest { UserId = userId });

        var target = Assert.Single(_server.Requests).RawTarget;
        Assert.StartsWith("/user/%2E", target);
    }

    [Fact]
    public async Task ClientSideValidationFailureSendsNothing()
    {
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => client.UpdateUserAsync(new UpdateUserRequest
        {
            UserId = "",
            FirstName = new string('x', 51),
        }));

        Assert.Equal(["UserId", "UserId", "FirstName"], error.Errors.Select(e => e.Path));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ThrottlingIsRetriedWithTheSameIdempotencyToken()
    {
        _server.Respond(429, """{"message":"slow down"}""", ("X-Amzn-Errortype", "ThrottlingException"))
               .Respond(200, """{"userId":"u-1"}""");
        var tokens = 0;
        using var client = ClientFactory.Create(_server, o => o.IdempotencyTokenProvider = () => "token-" + Interlocked.Increment(ref tokens));

        var response = await client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" });

        Assert.Equal("u-1", response.UserId);
        Assert.Equal(2, _server.Requests.Count);
        var sent = _server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("clientToken").GetString()).ToList();
        Assert.Equal(["token-1", "token-1"], sent);
        Assert.Equal(1, tokens);
    }

    [Fact]
    public async Task ServerErrorsGiveUpAfterMaxAttemptsWithTheLastError()
    {
        _server.Respond(500, """{"message":"first"}""", ("X-Amzn-Errortype", "InternalServerException"))
               .Respond(500, """{"message":"second"}""", ("X-Amzn-Errortype", "InternalServerException"))
               .Respond(500, """{"message":"third"}""", ("X-Amzn-Errortype", "InternalServerException"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<InternalServerException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Equal("third", error.ErrorMessage);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ValidationExceptionFromTheServiceIsNotRetried()
    {
        _server.Respond(400, """{"message":"bad","reason":"INVALID"}""", ("X-Amzn-Errortype", "ValidationException"), ("x-amzn-RequestId", "req-9"));
        using var client = ClientFactory.Create(_server);

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.UpdateUserAsync(new UpdateUserRequest { UserId = "u-1" }));

        Assert.Single(_server.Requests);
        Assert.Equal("INVALID", error.Reason);
        Assert.Equal("req-9", error.RequestId);
        Assert.False(error.IsRetryable);
    }
}
