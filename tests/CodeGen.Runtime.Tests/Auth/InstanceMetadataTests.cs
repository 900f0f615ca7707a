using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>
/// The instance metadata provider against a fake IMDS on Kestrel: the IMDSv2 token handshake, the SDKs'
/// fallback rules, the extended and legacy credential paths, timeouts, errors, refresh and the region.
/// </summary>
public sealed class InstanceMetadataTests : IDisposable
{
    private const string Token = "imds-session-token";
    private readonly TempAwsHome _home = new();

    public void Dispose() => _home.Dispose();

    /// <summary>An IMDS that knows one role; each switch changes one behaviour from the happy path.</summary>
    private sealed class Imds
    {
        public int TokenStatus { get; set; } = 200;
        public bool Extended { get; set; } = true;
        public string Role { get; set; } = "web-role";
        public int CredentialsStatus { get; set; } = 200;
        public string? CredentialsBody { get; set; }
        public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(6);
        public TimeSpan Delay { get; set; }
        public DateTimeOffset Now { get; set; }
        public int Served;

        public async Task<FakeResponse> HandleAsync(ReceivedRequest request)
        {
            if (request.Method == "PUT" && request.Path == "/latest/api/token")
            {
                return request.Header("x-aws-ec2-metadata-token-ttl-seconds") == "21600" ? new FakeResponse(TokenStatus, TokenStatus == 200 ? Token : "") : new FakeResponse(400);
            }

            if (TokenStatus == 200 && request.Header("x-aws-ec2-metadata-token") != Token)
            {
                return new FakeResponse(401);
            }

            var legacy = "/latest/meta-data/iam/security-credentials/";
            var extended = "/latest/meta-data/iam/security-credentials-extended/";
            if (!Extended && request.Path.StartsWith(extended, StringComparison.Ordinal))
            {
                return new FakeResponse(404);
            }

            if (request.Path is "/latest/meta-data/placement/region")
            {
                return new FakeResponse(200, "eu-north-1");
            }

            if (request.Path == legacy || request.Path == extended)
            {
                return new FakeResponse(200, Role + "\n");
            }

            if (request.Path == legacy + Role || request.Path == extended + Role)
            {
                await Task.Delay(Delay);
                var n = Interlocked.Increment(ref Served);
                return new FakeResponse(CredentialsStatus, CredentialsBody ?? $$"""
                    {"Code":"Success","LastUpdated":"2024-05-01T12:00:00Z","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS{{n}}",
                     "SecretAccessKey":"imds-secret-{{n}}","Token":"imds-token-{{n}}","Expiration":"{{(Now + Lifetime).UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"
                     {{(request.Path.StartsWith(extended, StringComparison.Ordinal) ? ",\"AccountId\":\"123456789012\"" : "")}}}
                    """);
            }

            return new FakeResponse(404);
        }
    }

    private async Task<(FakeAwsEndpoint Server, Imds Imds)> StartAsync(Action<Imds>? configure = null)
    {
        var imds = new Imds { Now = _home.Time.GetUtcNow() };
        configure?.Invoke(imds);
        var server = await FakeAwsEndpoint.StartAsync(imds.HandleAsync);
        _home.Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.Address.ToString());
        return (server, imds);
    }

    private InstanceMetadataCredentialsProvider Provider() => new(new CredentialsContext(_home.Options()), () => 0.5);

    [Fact]
    public async Task IMDSv2TokenThenRoleThenExtendedCredentialsWithTheAccount()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
        Assert.Equal("imds-secret-1", credentials.SecretAccessKey);
        Assert.Equal("imds-token-1", credentials.SessionToken);
        Assert.Equal("123456789012", credentials.AccountId);
        Assert.Equal(_home.Time.GetUtcNow().AddHours(6), credentials.Expiration);
        Assert.Equal(
            ["PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials-extended/", "GET /latest/meta-data/iam/security-credentials-extended/web-role"],
            server.Requests.Select(r => r.Method + " " + r.Path));
        Assert.All(server.Requests.Skip(1), r => Assert.Equal(Token, r.Header("x-aws-ec2-metadata-token")));
    }

    [Fact]
    public async Task WithoutTheExtendedApiTheLegacyPathIsUsed()
    {
        var (server, _) = await StartAsync(i => i.Extended = false);
        await using var _ = server;

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
        Assert.Null(credentials.AccountId);
        Assert.Single(server.Matching("GET", "/latest/meta-data/iam/security-credentials/web-role"));
    }

    [Fact]
    public async Task AConfiguredInstanceProfileNameSkipsTheRoleLookup()
    {
        var (server, _) = await StartAsync(i => i.Role = "configured-role");
        await using var _ = server;
        _home.Set("AWS_EC2_INSTANCE_PROFILE_NAME", "configured-role");

        await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Empty(server.Matching("GET", "/latest/meta-data/iam/security-credentials-extended/"));
        Assert.Single(server.Matching("GET", "/latest/meta-data/iam/security-credentials-extended/configured-role"));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(405)]
    public async Task ATokenRefusedAsUnsupportedFallsBackToIMDSv1(int status)
    {
        var (server, _) = await StartAsync(i => i.TokenStatus = status);
        await using var _ = server;

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
        Assert.All(server.Requests.Where(r => r.Method == "GET"), r => Assert.Null(r.Header("x-aws-ec2-metadata-token")));
    }

    [Fact]
    public async Task WithIMDSv1DisabledARefusedTokenIsAnError()
    {
        var (server, _) = await StartAsync(i => i.TokenStatus = 403);
        await using var _ = server;
        _home.Config("[default]\nec2_metadata_v1_disabled = true\n");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("instance metadata (IMDS): no IMDSv2 session token (the token request returned HTTP 403) and IMDSv1 is disabled (ec2_metadata_v1_disabled).", error.Message);
        Assert.DoesNotContain(server.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task ATokenRequestThatTimesOutFallsBackToIMDSv1()
    {
        // The fake answers the PUT only after the timeout; GETs as quickly as always.
        var imds = new Imds { Now = _home.Time.GetUtcNow() };
        await using var server = await FakeAwsEndpoint.StartAsync(async request =>
        {
            if (request.Method == "PUT")
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                return new FakeResponse(200, "late-token");
            }

            imds.TokenStatus = 404;   // GETs without a token are fine now
            return await imds.HandleAsync(request);
        });
        _home.Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.Address.ToString()).Set("AWS_METADATA_SERVICE_TIMEOUT", "1");

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
    }

    [Fact]
    public async Task CredentialsThatNeverArriveTimeOutWithAClearError()
    {
        var (server, imds) = await StartAsync(i => i.Delay = TimeSpan.FromSeconds(3));
        await using var _ = server;
        _home.Set("AWS_METADATA_SERVICE_TIMEOUT", "1").Set("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "2");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("instance metadata (IMDS): no answer from " + server.Address.GetLeftPart(UriPartial.Authority) + " within 1s.", error.Message);
        Assert.True(await Eventually.TrueAsync(() => imds.Served == 2), "each attempt reached the server");
    }

    [Fact]
    public async Task ServerErrorsAreRetriedUpToTheConfiguredAttempts()
    {
        var (server, imds) = await StartAsync(i => i.CredentialsStatus = 500);
        await using var _ = server;
        _home.Set("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "3");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("instance metadata (IMDS): GET /latest/meta-data/iam/security-credentials-extended/web-role returned HTTP 500.", error.Message);
        Assert.Equal(3, imds.Served);
    }

    [Theory]
    [InlineData("not json", "the response is not valid JSON.")]
    [InlineData("""{"Code":"AssumeRoleUnauthorizedAccess","Message":"EC2 cannot assume the role"}""", "the endpoint returned the error AssumeRoleUnauthorizedAccess: EC2 cannot assume the role")]
    [InlineData("""{"Code":"Success","AccessKeyId":"ASIA","SecretAccessKey":"hidden-secret","Expiration":"2030-01-01T00:00:00Z"}""", "the response has no Token.")]
    [InlineData("""{"AccessKeyId":"ASIA","SecretAccessKey":"hidden-secret","Token":"t","Expiration":"soon"}""", "Expiration 'soon' is not an ISO 8601 timestamp.")]
    public async Task MalformedCredentialDocumentsAreErrorsThatShowNoSecret(string body, string reason)
    {
        var (server, _) = await StartAsync(i => i.CredentialsBody = body);
        await using var _ = server;

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("instance metadata (IMDS): " + reason, error.Message);
        Assert.DoesNotContain("hidden-secret", error.ToString());
    }

    [Fact]
    public async Task ThirtyTwoCallersAfterExpiryCauseOneRefreshThatReusesTheSessionToken()
    {
        var (server, imds) = await StartAsync(i => i.Lifetime = TimeSpan.FromHours(1));
        await using var _ = server;
        var provider = Provider();
        await provider.GetCredentialsAsync(CancellationToken.None);

        _home.Time.Advance(TimeSpan.FromMinutes(55));
        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask())));

        Assert.All(results, c => Assert.Equal("ASIAIMDS2", c.AccessKeyId));
        Assert.Equal(2, imds.Served);
        Assert.Single(server.Matching("PUT", "/latest/api/token"));   // the six-hour token is still good
        Assert.Single(server.Matching("GET", "/latest/meta-data/iam/security-credentials-extended/"));   // the role name is remembered
    }

    [Fact]
    public async Task StaleCredentialsFromIMDSAreExtendedRatherThanFailing()
    {
        // During an outage IMDS keeps returning the credentials it has, already past their expiry.
        var (server, _) = await StartAsync(i => i.Lifetime = TimeSpan.FromMinutes(-5));
        await using var _ = server;

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        // 15 minutes plus 2 to 10 minutes of jitter (0.5 here: 6 minutes).
        Assert.Equal(_home.Time.GetUtcNow().AddMinutes(21), credentials.Expiration);
    }

    [Fact]
    public async Task WhenIMDSFailsLaterTheLastCredentialsKeepWorking()
    {
        var (server, imds) = await StartAsync(i => i.Lifetime = TimeSpan.FromHours(1));
        await using var _ = server;
        var provider = Provider();
        await provider.GetCredentialsAsync(CancellationToken.None);
        imds.CredentialsStatus = 500;

        _home.Time.Advance(TimeSpan.FromMinutes(61));   // expired, and IMDS fails
        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
        Assert.True(credentials.Expiration > _home.Time.GetUtcNow().AddMinutes(15));
    }

    [Fact]
    public async Task AStaleSessionTokenIsReplacedOnce()
    {
        var tokens = 0;
        var imds = new Imds { Now = _home.Time.GetUtcNow() };
        await using var server = await FakeAwsEndpoint.StartAsync(request =>
        {
            if (request.Method == "PUT")
            {
                // The first token is already revoked when it is used.
                return new FakeResponse(200, Interlocked.Increment(ref tokens) == 1 ? "revoked" : Token);
            }

            return imds.HandleAsync(request).Result;
        });
        _home.Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.Address.ToString());

        var credentials = await Provider().GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ASIAIMDS1", credentials.AccessKeyId);
        Assert.Equal(2, tokens);
    }

    [Fact]
    public async Task DisabledMeansNoRequestAtAll()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;
        _home.Set("AWS_EC2_METADATA_DISABLED", "TRUE");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await Provider().GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("instance metadata (IMDS): it is disabled (AWS_EC2_METADATA_DISABLED=true).", error.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(null, null, "http://169.254.169.254/")]
    [InlineData(null, "IPv6", "http://[fd00:ec2::254]/")]
    [InlineData(null, "ipv4", "http://169.254.169.254/")]
    [InlineData("http://10.0.0.1:1338", "IPv6", "http://10.0.0.1:1338/")]
    public void EndpointComesFromTheEndpointSettingThenTheMode(string? endpoint, string? mode, string expected)
    {
        _home.Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", mode).Set("AWS_METADATA_SERVICE_TIMEOUT", null);

        var settings = CodeGen.Runtime.Auth.Imds.ImdsSettings.Read(_home.Environment, SharedConfigFiles.Load(environment: _home.Environment));

        Assert.Equal(new Uri(expected), settings.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.Timeout);
        Assert.Equal(1, settings.Attempts);
    }

    [Fact]
    public void AnUnknownEndpointModeIsAnError()
    {
        _home.Config("[default]\nec2_metadata_service_endpoint_mode = IPv5\n");

        var error = Assert.Throws<CredentialsProviderException>(() =>
            CodeGen.Runtime.Auth.Imds.ImdsSettings.Read(_home.Environment, SharedConfigFiles.Load(environment: _home.Environment)));

        Assert.Equal("instance metadata (IMDS): the endpoint mode 'IPv5' is neither IPv4 nor IPv6.", error.Message);
    }

    [Fact]
    public async Task RegionComesFromOptionsEnvironmentProfileThenIMDS()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;
        _home.Config("[profile west]\nregion = us-west-2\n");

        Assert.Equal("ap-east-1", (await RegionResolver.ResolveAsync("ap-east-1", null, _home.Environment, _home.Time, CancellationToken.None)).Region);
        Assert.Equal("us-west-2", (await RegionResolver.ResolveAsync(null, "west", _home.Environment, _home.Time, CancellationToken.None)).Region);
        Assert.Equal("eu-north-1", (await RegionResolver.ResolveAsync(null, null, _home.Environment, _home.Time, CancellationToken.None)).Region);
        Assert.DoesNotContain(server.Requests, r => r.Path.Contains("security-credentials", StringComparison.Ordinal));
        _home.Set("AWS_DEFAULT_REGION", "ca-central-1");
        Assert.Equal("ca-central-1", (await RegionResolver.ResolveAsync(null, "west", _home.Environment, _home.Time, CancellationToken.None)).Region);
        _home.Set("AWS_REGION", "me-south-1");
        Assert.Equal("me-south-1", (await RegionResolver.ResolveAsync(null, "west", _home.Environment, _home.Time, CancellationToken.None)).Region);
    }

    [Fact]
    public async Task WithoutIMDSTheRegionIsMissingWithTheReason()
    {
        var (region, failure) = await RegionResolver.ResolveAsync(null, null, _home.Environment, _home.Time, CancellationToken.None);

        Assert.Null(region);
        Assert.Equal("instance metadata: it is disabled (AWS_EC2_METADATA_DISABLED=true).", failure);
    }
}
