using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>
/// SSO profiles (with <c>sso_session</c> and legacy) against a fake IAM Identity Center portal and SSO OIDC
/// on Kestrel: the token cache written by <c>aws sso login</c>, its refresh, and GetRoleCredentials through
/// the runtime's generated SSO clients.
/// </summary>
public sealed class SsoCredentialsTests : IAsyncLifetime, IDisposable
{
    // SHA-1 of the session name and of the legacy start URL, computed with sha1sum.
    private const string SessionCacheFile = "a402094d10ce4876c271cd1a9ff953c1e4201d1e.json";
    private const string LegacyCacheFile = "79e435d7a515078e81c9dffc35f38d5687ebd3a7.json";

    private const string Config = """
        [profile dev]
        sso_session = corp-session
        sso_account_id = 123456789012
        sso_role_name = Developer
        region = eu-west-1

        [sso-session corp-session]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-central-1
        sso_registration_scopes = sso:account:access

        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = us-east-2
        sso_account_id = 210987654321
        sso_role_name = ReadOnly
        """;

    private const string PortalPath = "/federation/credentials";
    private const string TokenPath = "/token";

    /// <summary>Each attempt of an SSO or SSO OIDC call in the timeout tests; the retry mode makes three.</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);

    private readonly TempAwsHome _home = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeAwsEndpoint _server = null!;
    private int _roleCalls;
    private int _tokenStatus = 200;
    private FakeResponse? _tokenAnswer;
    private int _portalFailures;
    private FakeResponse? _portalAnswer;
    private string? _unansweredPath;

    public async Task InitializeAsync()
    {
        _server = await FakeAwsEndpoint.StartAsync(HandleAsync);
        _home.Config(Config).Set("AWS_ENDPOINT_URL_SSO", _server.Address.ToString()).Set("AWS_ENDPOINT_URL_SSO_OIDC", _server.Address.ToString());
    }

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _server.DisposeAsync();
    }

    public void Dispose() => _home.Dispose();

    private string Now(TimeSpan offset) => _home.Time.GetUtcNow().Add(offset).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<FakeResponse> HandleAsync(ReceivedRequest request)
    {
        if (request.Path == _unansweredPath)
        {
            // No answer while the test runs: only the client's own limits can end its call.
            await _release.Task;
            return new FakeResponse(504);
        }

        return Handle(request);
    }

    private FakeResponse Handle(ReceivedRequest request)
    {
        if (request.Method == "POST" && request.Path == TokenPath)
        {
            return _tokenAnswer ?? (_tokenStatus == 200
                ? FakeResponse.Json("""{"accessToken":"refreshed-access","tokenType":"Bearer","expiresIn":28800,"refreshToken":"rotated-refresh"}""")
                : new FakeResponse(_tokenStatus, """{"error":"invalid_grant","error_description":"Refresh token has expired"}""", ("x-amzn-ErrorType", "InvalidGrantException")));
        }

        if (request.Method == "GET" && request.Path == PortalPath)
        {
            if (_portalFailures > 0)
            {
                _portalFailures--;
                return new FakeResponse(500, """{"message":"internal"}""");
            }

            if (_portalAnswer is not null)
            {
                return _portalAnswer;
            }

            var token = request.Header("x-amz-sso_bearer_token");
            if (token is not ("session-access" or "refreshed-access" or "legacy-access"))
            {
                return new FakeResponse(401, """{"message":"Session token not found or invalid"}""", ("x-amzn-ErrorType", "UnauthorizedException"));
            }

            var n = Interlocked.Increment(ref _roleCalls);
            var expiration = _home.Time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds();
            return FakeResponse.Json($$$"""{"roleCredentials":{"accessKeyId":"ASIASSO{{{n}}}","secretAccessKey":"sso-secret-{{{n}}}","sessionToken":"sso-token-{{{n}}}","expiration":{{{expiration}}}}}""");
        }

        return new FakeResponse(404);
    }

    private void CacheSessionToken(TimeSpan expiresIn, TimeSpan? registrationLeft = null) =>
        File.WriteAllText(Path.Combine(_home.SsoCache, SessionCacheFile), $$"""
            {"startUrl":"https://corp.awsapps.com/start","region":"eu-central-1","accessToken":"session-access","expiresAt":"{{Now(expiresIn)}}",
             "clientId":"client-123","clientSecret":"client-secret-456","registrationExpiresAt":"{{Now(registrationLeft ?? TimeSpan.FromDays(60))}}",
             "refreshToken":"refresh-789"}
            """);

    private IAwsCredentialsProvider Profile(string name) => new ProfileCredentialsProvider(_home.Options(name));

    /// <summary>The provider the profile resolves to, with each attempt of its SSO and SSO OIDC calls bounded by <see cref="AttemptTimeout"/>.</summary>
    private IAwsCredentialsProvider BoundedProfile(string name) =>
        ProfileProviders.Resolve(new CredentialsContext(_home.Options(name)) { CallAttemptTimeout = AttemptTimeout }, name).Provider!;

    /// <summary>Asserts that nothing secret of the cached token or of the client registration shows in <paramref name="error"/>.</summary>
    private static void AssertNoSecret(Exception error)
    {
        var text = error.ToString();
        foreach (var secret in new[] { "session-access", "client-secret-456", "refresh-789" })
        {
            Assert.DoesNotContain(secret, text);
        }
    }

    [Fact]
    public async Task ASessionProfileExchangesTheCachedTokenForRoleCredentials()
    {
        CacheSessionToken(TimeSpan.FromHours(4));

        var credentials = await Profile("dev").GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("ASIASSO1", "sso-secret-1", "sso-token-1", "123456789012"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.AccountId));
        Assert.Equal(_home.Time.GetUtcNow().AddHours(1), credentials.Expiration);
        var request = _server.Requests.Single();
        Assert.Equal((PortalPath, "session-access"), (request.Path, request.Header("x-amz-sso_bearer_token")));
        Assert.Contains("role_name=Developer", request.Query);
        Assert.Contains("account_id=123456789012", request.Query);
        Assert.Null(request.Header("Authorization"));   // GetRoleCredentials is unauthenticated: the bearer token is the proof
    }

    [Fact]
    public async Task ATokenNearExpiryIsRefreshedWithSsoOidcAndWrittenBackToTheCache()
    {
        CacheSessionToken(TimeSpan.FromMinutes(10));

        var credentials = await Profile("dev").GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIASSO1", credentials.AccessKeyId);
        var createToken = _server.Matching("POST", TokenPath).Single();
        using (var body = JsonDocument.Parse(createToken.Body))
        {
            Assert.Equal("refresh_token", body.RootElement.GetProperty("grantType").GetString());
            Assert.Equal("client-123", body.RootElement.GetProperty("clientId").GetString());
            Assert.Equal("client-secret-456", body.RootElement.GetProperty("clientSecret").GetString());
            Assert.Equal("refresh-789", body.RootElement.GetProperty("refreshToken").GetString());
        }

        Assert.Equal("refreshed-access", _server.Matching("GET", PortalPath).Single().Header("x-amz-sso_bearer_token"));
        using var cached = JsonDocument.Parse(File.ReadAllText(Path.Combine(_home.SsoCache, SessionCacheFile)));
        Assert.Equal("refreshed-access", cached.RootElement.GetProperty("accessToken").GetString());
        Assert.Equal(Now(TimeSpan.FromHours(8)), cached.RootElement.GetProperty("expiresAt").GetString());
        Assert.Equal("rotated-refresh", cached.RootElement.GetProperty("refreshToken").GetString());
        Assert.Equal("client-123", cached.RootElement.GetProperty("clientId").GetString());
        Assert.Single(Directory.GetFiles(_home.SsoCache));
    }

    [Fact]
    public async Task AFailedRefreshUsesTheOldTokenWhileItLasts()
    {
        CacheSessionToken(TimeSpan.FromMinutes(10));
        _tokenStatus = 400;

        var credentials = await Profile("dev").GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIASSO1", credentials.AccessKeyId);
        Assert.Equal("session-access", _server.Matching("GET", PortalPath).Single().Header("x-amz-sso_bearer_token"));
        Assert.Contains("\"accessToken\":\"session-access\"", File.ReadAllText(Path.Combine(_home.SsoCache, SessionCacheFile)));
    }

    [Fact]
    public async Task AnExpiredTokenThatCannotBeRefreshedAsksTheUserToLogIn()
    {
        CacheSessionToken(TimeSpan.FromMinutes(-1));
        _tokenStatus = 400;

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.StartsWith("SSO (profile 'dev'): the cached SSO token expired at 2024-05-01T11:59:00Z and refreshing it failed (", error.Message);
        Assert.Contains("InvalidGrantException, HTTP 400", error.Message);
        Assert.EndsWith("; run 'aws sso login --sso-session corp-session'.", error.Message);
        Assert.DoesNotContain("client-secret-456", error.ToString());
        Assert.DoesNotContain("refresh-789", error.ToString());
    }

    [Fact]
    public async Task AnExpiredRegistrationCannotRefresh()
    {
        CacheSessionToken(TimeSpan.FromMinutes(-1), registrationLeft: TimeSpan.FromDays(-1));

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("SSO (profile 'dev'): the cached SSO token expired at 2024-05-01T11:59:00Z and the client registration it was issued to has expired; run 'aws sso login --sso-session corp-session'.", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ALegacyProfileReadsTheTokenCachedByStartUrl()
    {
        // The older AWS CLI wrote "UTC" instead of "Z".
        File.WriteAllText(Path.Combine(_home.SsoCache, LegacyCacheFile),
            """{"startUrl":"https://legacy.awsapps.com/start","region":"us-east-2","accessToken":"legacy-access","expiresAt":"2024-05-01T20:00:00UTC"}""");

        var credentials = await Profile("legacy").GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("ASIASSO1", "210987654321"), (credentials.AccessKeyId, credentials.AccountId));
        Assert.Contains("role_name=ReadOnly", _server.Requests.Single().Query);
    }

    [Fact]
    public async Task AnExpiredLegacyTokenIsNotRefreshed()
    {
        File.WriteAllText(Path.Combine(_home.SsoCache, LegacyCacheFile),
            """{"startUrl":"https://legacy.awsapps.com/start","region":"us-east-2","accessToken":"legacy-access","expiresAt":"2024-05-01T11:00:00Z","refreshToken":"r","clientId":"c","clientSecret":"s","registrationExpiresAt":"2030-01-01T00:00:00Z"}""");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("legacy").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("SSO (profile 'legacy'): the cached SSO token expired at 2024-05-01T11:00:00Z; run 'aws sso login --profile legacy'.", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task WithoutACachedTokenTheErrorSaysWhereItLooked()
    {
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal($"SSO (profile 'dev'): there is no cached SSO token ({Path.Combine(_home.SsoCache, SessionCacheFile)}); run 'aws sso login --sso-session corp-session'.", error.Message);
    }

    [Fact]
    public async Task ARejectedTokenAsksTheUserToLogIn()
    {
        File.WriteAllText(Path.Combine(_home.SsoCache, LegacyCacheFile),
            """{"accessToken":"revoked-access","expiresAt":"2024-05-01T20:00:00Z"}""");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("legacy").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("SSO (profile 'legacy'): IAM Identity Center rejected the cached SSO token (UnauthorizedException); run 'aws sso login --profile legacy'.", error.Message);
        Assert.DoesNotContain("revoked-access", error.ToString());
    }

    [Fact]
    public async Task IncompleteRoleCredentialsAreAnError()
    {
        CacheSessionToken(TimeSpan.FromHours(4));
        _portalAnswer = FakeResponse.Json("""{"roleCredentials":{"accessKeyId":"ASIA","sessionToken":"hidden-token","expiration":1714568400000}}""");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("SSO (profile 'dev'): SSO GetRoleCredentials returned no complete roleCredentials (access key, secret key and expiration).", error.Message);
        Assert.DoesNotContain("hidden-token", error.ToString());
    }

    [Fact]
    public async Task AnUnparseableTokenCacheAsksTheUserToLogInAgain()
    {
        File.WriteAllText(Path.Combine(_home.SsoCache, SessionCacheFile), "{\"accessToken\": \"truncated");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal($"SSO (profile 'dev'): the cached SSO token {Path.Combine(_home.SsoCache, SessionCacheFile)} is not valid JSON; run 'aws sso login --sso-session corp-session'.", error.Message);
        Assert.DoesNotContain("truncated", error.Message);
    }

    [Fact]
    public async Task PortalServerErrorsAreRetried()
    {
        CacheSessionToken(TimeSpan.FromHours(4));
        _portalFailures = 1;

        var credentials = await _home.DriveClock(Profile("dev").GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Equal("ASIASSO1", credentials.AccessKeyId);
        Assert.Equal(2, _server.Matching("GET", PortalPath).Count);
    }

    [Fact]
    public async Task ThirtyTwoCallersAfterExpiryCauseOneGetRoleCredentials()
    {
        CacheSessionToken(TimeSpan.FromHours(8));
        var provider = Profile("dev");
        await provider.GetCredentialsAsync(CancellationToken.None);

        _home.Time.Advance(TimeSpan.FromMinutes(58));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Equal(2, _roleCalls);
        Assert.All(results, c => Assert.Equal("ASIASSO2", c.AccessKeyId));
    }

    [Fact]
    public async Task ThirtyTwoCallersNeedingANewTokenCauseOneCreateTokenAndOneGetRoleCredentials()
    {
        CacheSessionToken(TimeSpan.FromMinutes(10));
        var provider = Profile("dev");

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.Single(_server.Matching("POST", TokenPath));
        Assert.Equal("refreshed-access", _server.Matching("GET", PortalPath).Single().Header("x-amz-sso_bearer_token"));
        Assert.All(results, c => Assert.Equal("ASIASSO1", c.AccessKeyId));
    }

    [Fact]
    public async Task APortalThatDoesNotAnswerTimesOutEachAttemptThenNamesTheProviderAndCall()
    {
        CacheSessionToken(TimeSpan.FromHours(4));
        _unansweredPath = PortalPath;

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(BoundedProfile("dev").GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("SSO (profile 'dev')", error.Provider);
        Assert.Equal("SSO GetRoleCredentials of role Developer in account 123456789012 timed out: An attempt of GetRoleCredentials did not complete within 00:00:01.", error.Reason);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(3, _server.Matching("GET", PortalPath).Count);   // three attempts, each cut off, then the error
        AssertNoSecret(error);
    }

    [Fact]
    public async Task ACreateTokenThatDoesNotAnswerLeavesAnExpiredTokenAndSaysWhy()
    {
        CacheSessionToken(TimeSpan.FromMinutes(-1));
        _unansweredPath = TokenPath;

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(BoundedProfile("dev").GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("SSO (profile 'dev')", error.Provider);
        Assert.Equal(
            "the cached SSO token expired at 2024-05-01T11:59:00Z and refreshing it failed (An attempt of CreateToken did not complete within 00:00:01.); run 'aws sso login --sso-session corp-session'.",
            error.Reason);
        Assert.Equal(3, _server.Matching("POST", TokenPath).Count);
        Assert.Empty(_server.Matching("GET", PortalPath));
        AssertNoSecret(error);
    }

    [Fact]
    public async Task ACreateTokenThatDoesNotAnswerFallsBackToTheTokenWhileItLasts()
    {
        CacheSessionToken(TimeSpan.FromMinutes(14));
        _unansweredPath = TokenPath;

        // Small clock steps: the token must not expire on the fake clock while the real-time attempts run out.
        var credentials = await _home.DriveClock(BoundedProfile("dev").GetCredentialsAsync(CancellationToken.None).AsTask(), TimeSpan.FromMilliseconds(250));

        Assert.Equal("ASIASSO1", credentials.AccessKeyId);
        Assert.Equal(3, _server.Matching("POST", TokenPath).Count);
        Assert.Equal("session-access", _server.Matching("GET", PortalPath).Single().Header("x-amz-sso_bearer_token"));
        Assert.Contains("\"accessToken\":\"session-access\"", File.ReadAllText(Path.Combine(_home.SsoCache, SessionCacheFile)));
    }

    [Fact]
    public async Task PortalServerErrorsThatPersistAreReportedAfterThreeAttempts()
    {
        CacheSessionToken(TimeSpan.FromHours(4));
        _portalFailures = 3;

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(Profile("dev").GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("SSO (profile 'dev')", error.Provider);
        Assert.StartsWith("SSO GetRoleCredentials of role Developer in account 123456789012 failed: internal (", error.Reason);
        Assert.Contains("HTTP 500", error.Reason);
        Assert.Equal(500, Assert.IsAssignableFrom<ServiceException>(error.InnerException).StatusCode);
        Assert.Equal(3, _server.Matching("GET", PortalPath).Count);
        AssertNoSecret(error);
    }

    [Fact]
    public async Task AMalformedPortalAnswerIsAParseError()
    {
        CacheSessionToken(TimeSpan.FromHours(4));
        _portalAnswer = FakeResponse.Json("""{"roleCredentials":{"accessKeyId":"ASIA","secretAccessKey":"leaked-secret","expiration":""");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("dev").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("SSO (profile 'dev')", error.Provider);
        Assert.StartsWith("SSO GetRoleCredentials of role Developer in account 123456789012 failed: The response of GetRoleCredentials could not be parsed", error.Reason);
        Assert.DoesNotContain("leaked-secret", error.Message);
        AssertNoSecret(error);
    }

    [Theory]
    [InlineData(200, "<html>captive portal</html>", "The response of CreateToken could not be parsed")]
    [InlineData(200, """{"tokenType":"Bearer","expiresIn":28800}""", "CreateToken returned no access token or no lifetime.")]
    [InlineData(500, """{"error":"server_error"}""", "HTTP 500")]
    public async Task ABadCreateTokenAnswerLeavesAnExpiredTokenAndSaysWhy(int status, string body, string why)
    {
        CacheSessionToken(TimeSpan.FromMinutes(-1));
        _tokenAnswer = new FakeResponse(status, body, ("Content-Type", "application/json"));

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => _home.DriveClock(Profile("dev").GetCredentialsAsync(CancellationToken.None).AsTask()));

        Assert.Equal("SSO (profile 'dev')", error.Provider);
        Assert.StartsWith("the cached SSO token expired at 2024-05-01T11:59:00Z and refreshing it failed (", error.Reason);
        Assert.Contains(why, error.Reason);
        Assert.EndsWith("; run 'aws sso login --sso-session corp-session'.", error.Reason);
        Assert.Equal(status == 500 ? 3 : 1, _server.Matching("POST", TokenPath).Count);   // server errors are retried, bad answers are not
        Assert.Empty(_server.Matching("GET", PortalPath));
        AssertNoSecret(error);
    }

    [Theory]
    [InlineData("[profile p]\nsso_account_id = 1\nsso_role_name = R\nsso_start_url = https://x/start\n",
        "SSO (profile 'p'): the profile is configured for SSO but lacks sso_region.")]
    [InlineData("[profile p]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n",
        "SSO (profile 'p'): the profile's sso_session 'gone' has no [sso-session gone] section.")]
    [InlineData("[profile p]\nsso_session = s\nsso_start_url = https://other/start\nsso_account_id = 1\nsso_role_name = R\n[sso-session s]\nsso_start_url = https://x/start\nsso_region = us-east-1\n",
        "SSO (profile 'p'): sso_start_url is 'https://other/start' in the profile but 'https://x/start' in sso-session 's'.")]
    [InlineData("[profile p]\nsso_session = s\nsso_role_name = R\n[sso-session s]\nsso_start_url = https://x/start\nsso_region = us-east-1\n",
        "SSO (profile 'p'): the profile is configured for SSO but lacks sso_account_id.")]
    public async Task MisconfiguredSsoProfilesNameTheProblem(string config, string message)
    {
        _home.Config(config);

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Profile("p").GetCredentialsAsync(CancellationToken.None));

        Assert.Equal(message, error.Message);
    }
}
