using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Sts;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>AssumeRole and AssumeRoleWithWebIdentity over STS's query protocol, against a fake STS on Kestrel.</summary>
public sealed class StsCredentialsTests : IAsyncLifetime, IDisposable
{
    private const string RoleArn = "arn:aws:iam::444455556666:role/deploy";
    private readonly TempAwsHome _home = new();
    private FakeSts _sts = null!;
    private FakeAwsEndpoint _server = null!;

    public async Task InitializeAsync()
    {
        _sts = new FakeSts(_home.Time.GetUtcNow);
        _server = await FakeAwsEndpoint.StartAsync(request => _sts.HandleAsync(request));
        _home.Set("AWS_ENDPOINT_URL_STS", _server.Address.ToString());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _home.Dispose();

    private static StaticCredentialsProvider Source => new("AKIDSOURCE", "source-secret", "source-token");

    [Fact]
    public async Task AssumeRoleSendsTheFormSignedWithTheSourceCredentials()
    {
        var provider = new AssumeRoleCredentialsProvider(Source, RoleArn, "ci-session", "external-42", duration: TimeSpan.FromMinutes(15), options: _home.Options());

        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("ASIASTS1", "sts-secret-1", "sts-token-1"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
        Assert.Equal("444455556666", credentials.AccountId);
        Assert.Equal(_home.Time.GetUtcNow().AddMinutes(15), credentials.Expiration);
        var request = _server.Requests.Single();
        Assert.Equal(("POST", "/"), (request.Method, request.Path));
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A444455556666%3Arole%2Fdeploy&RoleSessionName=ci-session&DurationSeconds=900&ExternalId=external-42",
            request.Body);
        // Signed for the global endpoint's region (no region is configured) with the source key; its session token travels along.
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDSOURCE/20240501/us-east-1/sts/aws4_request, SignedHeaders=", request.Header("Authorization"));
        Assert.Equal("source-token", request.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task WithoutASessionNameOneIsMadeFromTheTime()
    {
        await new AssumeRoleCredentialsProvider(Source, RoleArn, options: _home.Options()).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("codegen-" + _home.Time.GetUtcNow().ToUnixTimeMilliseconds(), _server.Requests.Single().Form["RoleSessionName"]);
    }

    [Fact]
    public async Task AnStsErrorNamesTheProviderAndKeepsCodeRequestIdAndBody()
    {
        _sts.Fail(403, "AccessDenied", "User: arn:aws:iam::1:user/x is not authorized to perform: sts:AssumeRole");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options()).GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(
            "assume role " + RoleArn + ": STS AssumeRole of " + RoleArn + " failed: User: arn:aws:iam::1:user/x is not authorized to perform: sts:AssumeRole (AccessDenied, HTTP 403, request id req-AccessDenied)",
            error.Message);
        var sts = Assert.IsType<StsException>(error.InnerException);
        Assert.Equal(("AccessDenied", 403, "req-AccessDenied"), (sts.ErrorCode, sts.StatusCode, sts.RequestId));
        Assert.Contains("<Code>AccessDenied</Code>", sts.RawBodyText);
        Assert.False(sts.IsRetryable);
        Assert.DoesNotContain("source-secret", error.ToString());
    }

    [Fact]
    public async Task ServerErrorsAreRetriedByTheStandardRetryMode()
    {
        _sts.Fail(500, "InternalFailure", "try again").Fail(503, "ServiceUnavailable", "busy");
        var provider = new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options());

        var credentials = await _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Equal("ASIASTS3", credentials.AccessKeyId);
        Assert.Equal(3, _sts.Calls);
    }

    [Fact]
    public async Task AMalformedAnswerIsAParseErrorWithTheRawBody()
    {
        _sts.Answer(FakeResponse.Xml("<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIA</AccessKeyId></Credentials></AssumeRoleResult></AssumeRoleResponse>"));

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options()).GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(
            "assume role " + RoleArn + ": STS AssumeRole of " + RoleArn + " failed: The response of AssumeRole could not be parsed: the response has no Credentials/Expiration. (HTTP 200)",
            error.Message);
        Assert.Contains("<AccessKeyId>ASIA</AccessKeyId>", Assert.IsType<StsException>(error.InnerException).RawBodyText);
    }

    [Fact]
    public async Task NotXmlAtAllIsAParseErrorToo()
    {
        _sts.Answer(new FakeResponse(200, "<html>proxy login</html"));

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options()).GetCredentialsAsync(CancellationToken.None));

        Assert.StartsWith("assume role " + RoleArn + ": STS AssumeRole of " + RoleArn + " failed: The response of AssumeRole could not be parsed: the response is not well-formed XML", error.Message);
    }

    [Fact]
    public async Task AnStsThatDoesNotAnswerTimesOutAfterEachAttempt()
    {
        _sts.Delay = TimeSpan.FromSeconds(2);
        var context = new CodeGen.Runtime.Auth.Config.CredentialsContext(_home.Options()) { CallAttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var provider = new AssumeRoleCredentialsProvider(context, "assume role (profile 'slow')", Source, new AssumeRoleSettings(RoleArn, "s", null, null, null), "slow");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("assume role (profile 'slow'): STS AssumeRole of " + RoleArn + " timed out: An attempt of AssumeRole did not complete within 00:00:00.2000000.", error.Message);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task AnMfaProtectedRoleAsksForTheCode()
    {
        var options = _home.Options();
        options.MfaCodeProvider = (serial, _) => new ValueTask<string>(serial == "arn:aws:iam::1:mfa/me" ? "123456" : "wrong");

        await new AssumeRoleCredentialsProvider(Source, RoleArn, "s", mfaSerial: "arn:aws:iam::1:mfa/me", options: options).GetCredentialsAsync(CancellationToken.None);

        var form = _server.Requests.Single().Form;
        Assert.Equal(("arn:aws:iam::1:mfa/me", "123456"), (form["SerialNumber"], form["TokenCode"]));
    }

    [Fact]
    public async Task WithoutAnMfaCallbackAnMfaRoleFailsSayingSo()
    {
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await new AssumeRoleCredentialsProvider(Source, RoleArn, "s", mfaSerial: "arn:aws:iam::1:mfa/me", options: _home.Options()).GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("assume role " + RoleArn + ": the role requires an MFA code (mfa_serial arn:aws:iam::1:mfa/me) but CredentialsProviderOptions.MfaCodeProvider is not set.", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ThirtyTwoCallersAfterExpiryCauseOneAssumeRole()
    {
        var provider = new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options());
        await provider.GetCredentialsAsync(CancellationToken.None);
        _sts.Delay = TimeSpan.FromMilliseconds(100);

        _home.Time.Advance(TimeSpan.FromMinutes(59));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Equal(2, _sts.Calls);
        Assert.All(results, c => Assert.Equal("ASIASTS2", c.AccessKeyId));
    }

    [Fact]
    public async Task WebIdentityIsUnsignedAndReadsTheTokenFileOnEveryRefresh()
    {
        var tokenFile = _home.File("oidc-token", "eyJ-first\n");
        var provider = new WebIdentityCredentialsProvider(tokenFile, RoleArn, "gha-run-7", _home.Options());

        var first = await provider.GetCredentialsAsync(CancellationToken.None);
        System.IO.File.WriteAllText(tokenFile, "eyJ-second");
        _home.Time.Advance(TimeSpan.FromMinutes(55));
        var second = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("ASIASTS1", "ASIASTS2", "444455556666"), (first.AccessKeyId, second.AccessKeyId, first.AccountId));
        var requests = _server.Requests;
        Assert.All(requests, r => Assert.Null(r.Header("Authorization")));
        Assert.Equal(["eyJ-first", "eyJ-second"], requests.Select(r => r.Form["WebIdentityToken"]));
        Assert.Equal(["AssumeRoleWithWebIdentity", "AssumeRoleWithWebIdentity"], requests.Select(r => r.Form["Action"]));
        Assert.All(requests, r => Assert.Equal("gha-run-7", r.Form["RoleSessionName"]));
    }

    [Fact]
    public async Task AnUnreachableIdentityProviderIsRetried()
    {
        _sts.Fail(400, "IDPCommunicationError", "The identity provider could not be reached");
        var provider = new WebIdentityCredentialsProvider(_home.File("oidc-token", "eyJ"), RoleArn, "s", _home.Options());

        var credentials = await _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Equal("ASIASTS2", credentials.AccessKeyId);
    }

    [Fact]
    public async Task AnInvalidTokenIsReportedWithItsCode()
    {
        _sts.Fail(400, "InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider");
        var provider = new WebIdentityCredentialsProvider(_home.File("oidc-token", "eyJ-do-not-print"), RoleArn, "s", _home.Options());

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await provider.GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(
            "web identity: STS AssumeRoleWithWebIdentity of " + RoleArn + " failed: Couldn't retrieve verification key from your identity provider (InvalidIdentityToken, HTTP 400, request id req-InvalidIdentityToken)",
            error.Message);
        Assert.DoesNotContain("eyJ-do-not-print", error.ToString());
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task AMissingTokenFileIsAnError()
    {
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () =>
            await new WebIdentityCredentialsProvider("/nonexistent/token", RoleArn, options: _home.Options()).GetCredentialsAsync(CancellationToken.None));

        Assert.StartsWith("web identity: cannot read the web identity token file '/nonexistent/token':", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerErrorsThatPersistAreReportedAfterThreeAttempts(bool webIdentity)
    {
        _sts.Fail(500, "InternalFailure", "try again").Fail(500, "InternalFailure", "try again").Fail(503, "ServiceUnavailable", "busy");
        var (provider, call) = webIdentity
            ? ((IAwsCredentialsProvider)new WebIdentityCredentialsProvider(_home.File("oidc-token", "eyJ-secret-token"), RoleArn, "s", _home.Options()), "web identity: STS AssumeRoleWithWebIdentity of ")
            : (new AssumeRoleCredentialsProvider(Source, RoleArn, "s", options: _home.Options()), "assume role " + RoleArn + ": STS AssumeRole of ");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal(call + RoleArn + " failed: busy (ServiceUnavailable, HTTP 503, request id req-ServiceUnavailable)", error.Message);
        Assert.Equal(3, _sts.Calls);
        Assert.DoesNotContain("eyJ-secret-token", error.ToString());
        Assert.DoesNotContain("source-secret", error.ToString());
    }

    [Fact]
    public async Task AMalformedWebIdentityAnswerIsAParseErrorWithoutTheSecrets()
    {
        _sts.Answer(FakeResponse.Xml("""
            <AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>
              <AccessKeyId>ASIA</AccessKeyId><SessionToken>hidden-session-token</SessionToken><Expiration>2024-05-01T13:00:00Z</Expiration>
            </Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>
            """));
        var provider = new WebIdentityCredentialsProvider(_home.File("oidc-token", "eyJ"), RoleArn, "s", _home.Options());

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await provider.GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(
            "web identity: STS AssumeRoleWithWebIdentity of " + RoleArn + " failed: The response of AssumeRoleWithWebIdentity could not be parsed: the response has no Credentials/SecretAccessKey. (HTTP 200)",
            error.Message);
        Assert.DoesNotContain("hidden-session-token", error.ToString());
    }

    [Fact]
    public async Task AWebIdentityStsThatDoesNotAnswerTimesOutAfterEachAttempt()
    {
        _sts.Delay = TimeSpan.FromSeconds(2);
        var context = new CodeGen.Runtime.Auth.Config.CredentialsContext(_home.Options()) { CallAttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var provider = new WebIdentityCredentialsProvider(context, "web identity (profile 'slow')", _home.File("oidc-token", "eyJ-secret-token"), RoleArn, "s", "slow");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(provider.GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("web identity (profile 'slow')", error.Provider);
        Assert.Equal("STS AssumeRoleWithWebIdentity of " + RoleArn + " timed out: An attempt of AssumeRoleWithWebIdentity did not complete within 00:00:00.2000000.", error.Reason);
        Assert.Equal(3, _server.Requests.Count);
        Assert.DoesNotContain("eyJ-secret-token", error.ToString());
    }

    [Fact]
    public async Task ThirtyTwoCallersAfterExpiryCauseOneAssumeRoleWithWebIdentity()
    {
        var provider = new WebIdentityCredentialsProvider(_home.File("oidc-token", "eyJ"), RoleArn, "s", _home.Options());
        await provider.GetCredentialsAsync(CancellationToken.None);
        _sts.Delay = TimeSpan.FromMilliseconds(100);

        _home.Time.Advance(TimeSpan.FromMinutes(59));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Equal(2, _sts.Calls);
        Assert.All(results, c => Assert.Equal("ASIASTS2", c.AccessKeyId));
    }

    [Theory]
    [InlineData(null, "https://sts.amazonaws.com/")]
    [InlineData("eu-west-1", "https://sts.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://sts.cn-north-1.amazonaws.com.cn/")]
    public void StsIsCalledInTheRegionOrGlobally(string? region, string expected) =>
        Assert.Equal(new Uri(expected), StsClient.DefaultEndpoint(region));
}
