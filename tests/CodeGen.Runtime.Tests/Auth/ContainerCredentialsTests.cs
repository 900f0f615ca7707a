using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>The container provider (ECS task roles, EKS Pod Identity) against a fake credentials endpoint on Kestrel.</summary>
public sealed class ContainerCredentialsTests : IDisposable
{
    private readonly TempAwsHome _home = new();
    private int _served;

    public void Dispose() => _home.Dispose();

    private FakeResponse Credentials(TimeSpan lifetime)
    {
        var n = Interlocked.Increment(ref _served);
        return FakeResponse.Json($$"""
            {"AccessKeyId":"ASIAPOD{{n}}","SecretAccessKey":"pod-secret-{{n}}","Token":"pod-token-{{n}}",
             "AccountId":"111122223333","Expiration":"{{(_home.Time.GetUtcNow() + lifetime).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}
            """);
    }

    /// <summary>A task role's credentials in the ECS agent's format (RoleArn, no AccountId).</summary>
    private FakeResponse EcsCredentials(TimeSpan lifetime)
    {
        var n = Interlocked.Increment(ref _served);
        return FakeResponse.Json($$"""
            {"RoleArn":"arn:aws:iam::111122223333:role/task-role","AccessKeyId":"ASIAECS{{n}}","SecretAccessKey":"ecs-secret-{{n}}",
             "Token":"ecs-token-{{n}}","Expiration":"{{(_home.Time.GetUtcNow() + lifetime).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}
            """);
    }

    // Generous, so a busy machine does not turn a slow first answer into a retry; the timeout test sets its own.
    private ContainerCredentialsProvider Provider(double timeoutSeconds = 10) =>
        new(new CredentialsContext(_home.Options()) { ContainerRequestTimeout = TimeSpan.FromSeconds(timeoutSeconds) });

    /// <summary>A provider whose ECS address (169.254.170.2 outside tests) is <paramref name="server"/>.</summary>
    private ContainerCredentialsProvider EcsProvider(FakeAwsEndpoint server) =>
        new(new CredentialsContext(_home.Options()) { ContainerRequestTimeout = TimeSpan.FromSeconds(10), EcsContainerAddress = server.Address });

    [Fact]
    public async Task AnEcsTaskRoleComesFromTheRelativeUriAndIsRefreshedOnceBeforeItExpires()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(async _ =>
        {
            await Task.Delay(100);   // lets the 32 callers pile up on one refresh
            return EcsCredentials(TimeSpan.FromHours(1));
        });
        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/5f3c8a2e-task");
        var provider = EcsProvider(server);

        var first = await provider.GetCredentialsAsync(CancellationToken.None);
        _home.Time.Advance(TimeSpan.FromMinutes(55));   // five minutes left: callers wait for a refresh
        var refreshed = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Equal(("ASIAECS1", "ecs-secret-1", "ecs-token-1"), (first.AccessKeyId, first.SecretAccessKey, first.SessionToken));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 13, 0, 0, TimeSpan.Zero), first.Expiration);
        Assert.Null(first.AccountId);
        Assert.All(refreshed, c => Assert.Equal(("ASIAECS2", "ecs-secret-2"), (c.AccessKeyId, c.SecretAccessKey)));
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(("GET", "/v2/credentials/5f3c8a2e-task", "application/json"), (r.Method, r.Path, r.Header("Accept"))));
        Assert.All(server.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task AnEcsEndpointServerErrorIsTriedThreeTimesThenReported()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => new FakeResponse(500, """{"code":"InternalError","message":"agent restarting"}"""));
        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/task");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(EcsProvider(server).GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal(("container credentials", $$"""{{server.Address}}v2/credentials/task returned HTTP 500: {"code":"InternalError","message":"agent restarting"} (after 3 attempts)."""), (error.Provider, error.Reason));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task AMalformedEcsAnswerIsAnErrorWithoutTheSecret()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => FakeResponse.Json("""{"AccessKeyId":"ASIAECS","SecretAccessKey":"ecs-hidden-secret","Token":"""));
        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "v2/credentials/task");   // the leading slash is optional

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await EcsProvider(server).GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(("container credentials", "the response is not valid JSON."), (error.Provider, error.Reason));
        Assert.Equal("/v2/credentials/task", server.Requests.Single().Path);
        Assert.DoesNotContain("ecs-hidden-secret", error.ToString());
    }

    [Fact]
    public async Task AnEcsRefreshThatFailsKeepsServingTheUnexpiredCredentials()
    {
        var failing = false;
        await using var server = await FakeAwsEndpoint.StartAsync(_ => Volatile.Read(ref failing) ? new FakeResponse(500) : EcsCredentials(TimeSpan.FromHours(1)));
        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/task");
        var provider = EcsProvider(server);
        await provider.GetCredentialsAsync(CancellationToken.None);
        Volatile.Write(ref failing, true);

        _home.Time.Advance(TimeSpan.FromMinutes(55));
        var kept = await _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Equal("ASIAECS1", kept.AccessKeyId);
        Assert.Equal(4, server.Requests.Count);   // the first fetch, then a refresh of three attempts
    }

    [Fact]
    public async Task PodIdentityReadsTheTokenFileOnEveryRefresh()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => Credentials(TimeSpan.FromHours(1)));
        var tokenFile = _home.File("eks-pod-identity-token", "first-token\n");
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "v1/credentials").Set("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile)
            .Set("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored-when-a-file-is-set");
        var provider = Provider();

        var first = await provider.GetCredentialsAsync(CancellationToken.None);
        File.WriteAllText(tokenFile, "rotated-token");
        _home.Time.Advance(TimeSpan.FromMinutes(55));
        var second = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("ASIAPOD1", "pod-secret-1", "pod-token-1", "111122223333"), (first.AccessKeyId, first.SecretAccessKey, first.SessionToken, first.AccountId));
        Assert.Equal("ASIAPOD2", second.AccessKeyId);
        Assert.Equal(["first-token", "rotated-token"], server.Requests.Select(r => r.Header("Authorization")));
        Assert.All(server.Requests, r => Assert.Equal(("GET", "/v1/credentials", "application/json"), (r.Method, r.Path, r.Header("Accept"))));
    }

    [Fact]
    public async Task TheTokenVariableIsUsedWithoutAFile()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => Credentials(TimeSpan.FromHours(1)));
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds").Set("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic abc");

        await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("Basic abc", server.Requests.Single().Header("Authorization"));
    }

    [Fact]
    public async Task ThirtyTwoConcurrentCallersCauseOneRequest()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(async _ =>
        {
            await Task.Delay(100);
            return Credentials(TimeSpan.FromHours(1));
        });
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds");
        var provider = Provider();

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Single(server.Requests);
        Assert.All(results, c => Assert.Equal("ASIAPOD1", c.AccessKeyId));
    }

    [Fact]
    public async Task ServerErrorsAreTriedThreeTimesASecondApartThenReported()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => new FakeResponse(500, """{"code":"InternalError","message":"agent restarting"}"""));
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds");

        // The waits between attempts run on the test's clock.
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(Provider().GetCredentialsAsync(CancellationToken.None).AsTask()));
        Assert.Equal($$"""container credentials: {{server.Address}}creds returned HTTP 500: {"code":"InternalError","message":"agent restarting"} (after 3 attempts).""", error.Message);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData("{", "the response is not valid JSON.")]
    [InlineData("""{"AccessKeyId":"ASIA","Token":"secret-token"}""", "the response has no SecretAccessKey.")]
    [InlineData("""{"code":"AccessDenied","message":"not allowed"}""", "the endpoint returned the error AccessDenied: not allowed")]
    public async Task MalformedResponsesAreErrorsWithoutSecrets(string body, string reason)
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => FakeResponse.Json(body));
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("container credentials: " + reason, error.Message);
        Assert.DoesNotContain("secret-token", error.Message);
    }

    [Fact]
    public async Task AnEndpointThatDoesNotAnswerTimesOut()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            return Credentials(TimeSpan.FromHours(1));
        });
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(Provider(timeoutSeconds: 0.3).GetCredentialsAsync(CancellationToken.None).AsTask()));
        Assert.Equal($"container credentials: no answer from {server.Address}creds within 0.3s (after 3 attempts).", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9911/creds", true)]
    [InlineData("http://127.1.2.3/creds", true)]
    [InlineData("http://[::1]:9911/creds", true)]
    [InlineData("http://localhost:9911/creds", true)]
    [InlineData("http://169.254.170.2/v2/credentials", true)]
    [InlineData("http://169.254.170.23/v1/credentials", true)]
    [InlineData("http://[fd00:ec2::23]/v1/credentials", true)]
    [InlineData("http://169.254.169.254/latest", false)]
    [InlineData("http://10.0.0.7/creds", false)]
    [InlineData("http://192.0.2.1/creds", false)]
    public async Task PlainHttpIsAllowedOnlyForLoopbackAndTheContainerAddresses(string uri, bool allowed) =>
        Assert.Equal(allowed, await ContainerCredentialsProvider.IsAllowedHostAsync(new Uri(uri), CancellationToken.None));

    [Fact]
    public async Task ADisallowedHostIsRefusedBeforeAnythingIsSent()
    {
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.1/creds");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.StartsWith("container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI uses http with the host '192.0.2.1'", error.Message);
    }

    [Fact]
    public async Task HttpsIsAllowedForAnyHostAndTheRelativeUriGoesToTheEcsAddress()
    {
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", "https://credentials.example.com/v1");
        Assert.Equal(new Uri("https://credentials.example.com/v1"), await Provider().EndpointAsync(CancellationToken.None));

        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/task-1234");   // takes precedence over the full URI
        Assert.Equal(new Uri("http://169.254.170.2/v2/credentials/task-1234"), await Provider().EndpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ATokenWithALineBreakIsRefused()
    {
        await using var server = await FakeAwsEndpoint.StartAsync(_ => Credentials(TimeSpan.FromHours(1)));
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.Address + "creds").Set("AWS_CONTAINER_AUTHORIZATION_TOKEN", "abc\r\nX-Injected: 1");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("container credentials: the authorization token contains a line break, which no HTTP header may hold.", error.Message);
        Assert.Empty(server.Requests);
    }
}
