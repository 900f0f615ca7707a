using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>
/// The default chain and profile resolution end to end: one fake server plays STS, the container endpoint
/// and IMDS; temp-dir config files play the user's setup. Precedence, every profile kind, and errors.
/// </summary>
public sealed class DefaultChainTests : IAsyncLifetime, IDisposable
{
    private readonly TempAwsHome _home = new();
    private FakeSts _sts = null!;
    private FakeAwsEndpoint _server = null!;
    private int _imdsServed;

    public async Task InitializeAsync()
    {
        _sts = new FakeSts(_home.Time.GetUtcNow);
        _server = await FakeAwsEndpoint.StartAsync(request => Handle(request));
        _home.Set("AWS_ENDPOINT_URL_STS", _server.Address.ToString());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _home.Dispose();

    private async Task<FakeResponse> Handle(ReceivedRequest request)
    {
        var expiration = _home.Time.GetUtcNow().AddHours(6).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return (request.Method, request.Path) switch
        {
            ("PUT", "/latest/api/token") => new FakeResponse(200, "imds-token"),
            ("GET", "/latest/meta-data/iam/security-credentials-extended/") => new FakeResponse(200, "instance-role"),
            ("GET", "/latest/meta-data/iam/security-credentials-extended/instance-role") => FakeResponse.Json(
                $$"""{"Code":"Success","AccessKeyId":"ASIAIMDS{{Interlocked.Increment(ref _imdsServed)}}","SecretAccessKey":"s","Token":"t","Expiration":"{{expiration}}"}"""),
            ("GET", "/container") => FakeResponse.Json($$"""{"AccessKeyId":"ASIAPOD","SecretAccessKey":"s","Token":"t","Expiration":"{{expiration}}"}"""),
            ("POST", "/") => await _sts.HandleAsync(request),
            _ => new FakeResponse(404),
        };
    }

    private Task<AwsCredentials> Resolve(string? profile = null) => Chain(_home.Options(profile)).GetCredentialsAsync(CancellationToken.None).AsTask();

    /// <summary>The chain, with a container timeout generous enough for a busy machine, and the fake server at the ECS address.</summary>
    private DefaultCredentialsProvider Chain(CredentialsProviderOptions options) =>
        new(new CodeGen.Runtime.Auth.Config.CredentialsContext(options) { ContainerRequestTimeout = TimeSpan.FromSeconds(10), EcsContainerAddress = _server.Address });

    private ReceivedRequest[] StsCalls => _server.Requests.Where(r => r.Method == "POST").ToArray();

    private static string? SigningKey(ReceivedRequest request) =>
        request.Header("Authorization")?.Split("Credential=")[1].Split('/')[0];

    [Fact]
    public async Task EachSourceWinsOverTheOnesAfterIt()
    {
        _home.Set("AWS_ACCESS_KEY_ID", "AKIDENV").Set("AWS_SECRET_ACCESS_KEY", "env-secret")
            .Set("AWS_WEB_IDENTITY_TOKEN_FILE", _home.File("token", "eyJ")).Set("AWS_ROLE_ARN", "arn:aws:iam::111111111111:role/ci")
            .Credentials("[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n")
            .Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", _server.Address + "container")
            .Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", _server.Address.ToString());

        Assert.Equal("AKIDENV", (await Resolve()).AccessKeyId);
        _home.Set("AWS_ACCESS_KEY_ID", null).Set("AWS_SECRET_ACCESS_KEY", null);
        Assert.Equal("ASIASTS1", (await Resolve()).AccessKeyId);
        _home.Set("AWS_WEB_IDENTITY_TOKEN_FILE", null);
        Assert.Equal("AKIDPROFILE", (await Resolve()).AccessKeyId);
        _home.Credentials("");
        Assert.Equal("ASIAPOD", (await Resolve()).AccessKeyId);
        _home.Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", null);
        Assert.Equal("ASIAIMDS1", (await Resolve()).AccessKeyId);
    }

    [Fact]
    public async Task AnEcsRelativeUriIsAContainerSourceAheadOfInstanceMetadata()
    {
        _home.Set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/container")
            .Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", _server.Address.ToString());

        var credentials = await Resolve();

        Assert.Equal("ASIAPOD", credentials.AccessKeyId);
        Assert.Equal("/container", _server.Requests.Single().Path);   // IMDS was not asked
    }

    [Fact]
    public async Task AProfileChosenInCodeTakesPrecedenceOverTheEnvironmentButAwsProfileDoesNot()
    {
        _home.Set("AWS_ACCESS_KEY_ID", "AKIDENV").Set("AWS_SECRET_ACCESS_KEY", "env-secret")
            .Credentials("[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = work-secret\n");

        Assert.Equal("AKIDWORK", (await Resolve(profile: "work")).AccessKeyId);
        _home.Set("AWS_PROFILE", "work");
        Assert.Equal("AKIDENV", (await Resolve()).AccessKeyId);
    }

    [Fact]
    public async Task NothingFoundListsEverySourceAndWhy()
    {
        var error = await Assert.ThrowsAsync<CredentialsNotFoundException>(() => Resolve());

        Assert.Equal(
            [
                "environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set",
                "web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set",
                "shared config: profile 'default' is not in the shared config or credentials file",
                "container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set",
                "instance metadata (IMDS): disabled by AWS_EC2_METADATA_DISABLED",
            ],
            error.Tried);
        Assert.Contains("instance metadata (IMDS): disabled by AWS_EC2_METADATA_DISABLED", error.Message);
    }

    [Fact]
    public async Task AnUnreachableInstanceMetadataServiceIsReportedAsNothingFound()
    {
        // A port nothing listens on: connection refused, as off EC2 with a firewall.
        _home.Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:9/");

        var error = await Assert.ThrowsAsync<CredentialsNotFoundException>(() => Resolve());

        Assert.StartsWith("instance metadata (IMDS): cannot reach http://127.0.0.1:9", error.Tried[^1]);
        Assert.IsType<CredentialsProviderException>(error.InnerException);
    }

    [Fact]
    public async Task AConfiguredSourceThatFailsStopsTheSearch()
    {
        _home.Config("[default]\nsso_session = s\nsso_account_id = 1\nsso_role_name = R\n[sso-session s]\nsso_start_url = https://x/start\nsso_region = us-east-1\n")
            .Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", _server.Address.ToString());

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve());

        Assert.StartsWith("SSO (profile 'default'): there is no cached SSO token", error.Message);
        Assert.Empty(_server.Requests);   // IMDS was not asked for another identity
    }

    [Fact]
    public async Task HalfAKeyPairInTheEnvironmentIsAnError()
    {
        _home.Set("AWS_ACCESS_KEY_ID", "AKIDHALF");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve());

        Assert.Equal("environment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.", error.Message);
    }

    [Fact]
    public async Task AProfileThatDoesNotExistIsAnErrorWhenChosen()
    {
        _home.Set("AWS_PROFILE", "typo");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve());

        Assert.Equal("shared config: the profile 'typo' (from AWS_PROFILE) is not in the shared config or credentials file.", error.Message);
    }

    [Fact]
    public async Task TheChosenSourceIsKeptAndConcurrentFirstCallsShareOneSearch()
    {
        _home.Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", _server.Address.ToString());
        var chain = Chain(_home.Options());

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => chain.GetCredentialsAsync(CancellationToken.None).AsTask())));
        _home.Set("AWS_ACCESS_KEY_ID", "AKIDLATE").Set("AWS_SECRET_ACCESS_KEY", "s");
        var later = await chain.GetCredentialsAsync(CancellationToken.None);

        Assert.All(results, c => Assert.Equal("ASIAIMDS1", c.AccessKeyId));
        Assert.Equal("ASIAIMDS1", later.AccessKeyId);
        Assert.Equal(1, _imdsServed);
    }

    [Fact]
    public async Task SourceProfileChainsAssumeEachRoleWithTheCredentialsBeforeIt()
    {
        _home.Config("""
            [profile app]
            role_arn = arn:aws:iam::333333333333:role/app
            source_profile = hub
            role_session_name = app-session
            external_id = ext-1
            duration_seconds = 1800
            region = eu-west-1

            [profile hub]
            role_arn = arn:aws:iam::222222222222:role/hub
            source_profile = base

            [profile base]
            aws_access_key_id = AKIDBASE
            aws_secret_access_key = base-secret
            """);

        var credentials = await Resolve("app");

        Assert.Equal(("ASIASTS2", "333333333333"), (credentials.AccessKeyId, credentials.AccountId));
        var calls = StsCalls;
        Assert.Equal(2, calls.Length);
        Assert.Equal(("arn:aws:iam::222222222222:role/hub", "AKIDBASE"), (calls[0].Form["RoleArn"], SigningKey(calls[0])));
        Assert.Equal(("arn:aws:iam::333333333333:role/app", "ASIASTS1"), (calls[1].Form["RoleArn"], SigningKey(calls[1])));
        Assert.Equal(("app-session", "ext-1", "1800"), (calls[1].Form["RoleSessionName"], calls[1].Form["ExternalId"], calls[1].Form["DurationSeconds"]));
        Assert.Contains("/eu-west-1/sts/aws4_request", calls[1].Header("Authorization"));   // the profile's region
    }

    [Fact]
    public async Task ASourceProfileWithKeysUsesThemEvenIfItAlsoNamesARole()
    {
        _home.Config("""
            [profile app]
            role_arn = arn:aws:iam::333333333333:role/app
            source_profile = base
            [profile base]
            role_arn = arn:aws:iam::222222222222:role/ignored
            source_profile = nowhere
            aws_access_key_id = AKIDBASE
            aws_secret_access_key = base-secret
            """);

        await Resolve("app");

        Assert.Equal("AKIDBASE", SigningKey(StsCalls.Single()));
    }

    [Fact]
    public async Task AProfileMayBeItsOwnSourceForItsKeys()
    {
        _home.Config("[profile self]\nrole_arn = arn:aws:iam::333333333333:role/app\nsource_profile = self\naws_access_key_id = AKIDSELF\naws_secret_access_key = s\n");

        var credentials = await Resolve("self");

        Assert.Equal("ASIASTS1", credentials.AccessKeyId);
        Assert.Equal("AKIDSELF", SigningKey(StsCalls.Single()));
    }

    [Theory]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n",
        "assume role (profile 'b'): source_profile forms a loop: a -> b -> a.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = missing\n",
        "assume role (profile 'a'): its source_profile 'missing' does not exist.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\n",
        "assume role (profile 'a'): the profile sets role_arn but neither source_profile nor credential_source.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\ncredential_source = Environment\n[profile b]\n",
        "assume role (profile 'a'): the profile sets both source_profile and credential_source; keep one.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Lambda\n",
        "assume role (profile 'a'): credential_source 'Lambda' is not one of Environment, Ec2InstanceMetadata, EcsContainer.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Environment\nduration_seconds = 1h\n",
        "assume role (profile 'a'): duration_seconds must be a whole number of seconds, but is '1h'.")]
    [InlineData("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n[profile b]\nregion = us-east-1\n",
        "assume role (profile 'a'): its source_profile has no credentials: profile 'b' has no credentials (no keys, role_arn, web_identity_token_file, sso_* or credential_process).")]
    [InlineData("[profile a]\naws_access_key_id = AKIDONLY\n",
        "static keys (profile 'a'): the profile sets aws_access_key_id but not aws_secret_access_key.")]
    [InlineData("[profile a]\nweb_identity_token_file = /tmp/token\n",
        "web identity (profile 'a'): the profile sets web_identity_token_file but no role_arn.")]
    public async Task MisconfiguredProfilesNameTheProfileAndTheSetting(string config, string message)
    {
        _home.Config(config);

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve("a"));

        Assert.Equal(message, error.Message);
        Assert.Empty(StsCalls);
    }

    [Fact]
    public async Task CredentialSourceEnvironmentSignsWithTheEnvironmentKeys()
    {
        _home.Config("[profile ci]\nrole_arn = arn:aws:iam::333333333333:role/app\ncredential_source = Environment\n")
            .Set("AWS_ACCESS_KEY_ID", "AKIDENV").Set("AWS_SECRET_ACCESS_KEY", "env-secret");

        var credentials = await Resolve("ci");

        Assert.Equal("ASIASTS1", credentials.AccessKeyId);
        Assert.Equal("AKIDENV", SigningKey(StsCalls.Single()));
    }

    [Fact]
    public async Task CredentialSourceEc2InstanceMetadataSignsWithTheInstanceRole()
    {
        _home.Config("[profile ec2]\nrole_arn = arn:aws:iam::333333333333:role/app\ncredential_source = Ec2InstanceMetadata\n")
            .Set("AWS_EC2_METADATA_DISABLED", null).Set("AWS_EC2_METADATA_SERVICE_ENDPOINT", _server.Address.ToString());

        await Resolve("ec2");

        Assert.Equal("ASIAIMDS1", SigningKey(StsCalls.Single()));
    }

    [Fact]
    public async Task CredentialSourceEcsContainerSignsWithTheContainerRole()
    {
        _home.Config("[profile task]\nrole_arn = arn:aws:iam::333333333333:role/app\ncredential_source = EcsContainer\n")
            .Set("AWS_CONTAINER_CREDENTIALS_FULL_URI", _server.Address + "container");

        await Resolve("task");

        Assert.Equal("ASIAPOD", SigningKey(StsCalls.Single()));
    }

    [Fact]
    public async Task AnMfaProfileAsksTheCallbackForTheCode()
    {
        _home.Config("[profile mfa]\nrole_arn = arn:aws:iam::333333333333:role/admin\nsource_profile = mfa\nmfa_serial = arn:aws:iam::333333333333:mfa/alice\naws_access_key_id = AKIDALICE\naws_secret_access_key = s\n");
        var options = _home.Options("mfa");
        string? asked = null;
        options.MfaCodeProvider = (serial, _) =>
        {
            asked = serial;
            return new ValueTask<string>("654321");
        };

        await Chain(options).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("arn:aws:iam::333333333333:mfa/alice", asked);
        Assert.Equal(("arn:aws:iam::333333333333:mfa/alice", "654321"), (StsCalls.Single().Form["SerialNumber"], StsCalls.Single().Form["TokenCode"]));
    }

    [Fact]
    public async Task AWebIdentityProfileAssumesItsRoleUnsigned()
    {
        var token = _home.File("web-token", "eyJ-profile");
        _home.Config($"[profile gha]\nrole_arn = arn:aws:iam::333333333333:role/gha\nweb_identity_token_file = {token}\nrole_session_name = run-1\n");

        var credentials = await Resolve("gha");

        Assert.Equal("ASIASTS1", credentials.AccessKeyId);
        var call = StsCalls.Single();
        Assert.Equal(("AssumeRoleWithWebIdentity", "eyJ-profile", "run-1"), (call.Form["Action"], call.Form["WebIdentityToken"], call.Form["RoleSessionName"]));
        Assert.Null(call.Header("Authorization"));
    }

    [Fact]
    public async Task WebIdentityFromTheEnvironmentTakesTheRoleFromTheProfileWhenTheVariableIsMissing()
    {
        _home.Set("AWS_WEB_IDENTITY_TOKEN_FILE", _home.File("token", "eyJ")).Config("[default]\nrole_arn = arn:aws:iam::333333333333:role/from-profile\n");

        await Resolve();

        Assert.Equal("arn:aws:iam::333333333333:role/from-profile", StsCalls.Single().Form["RoleArn"]);
    }

    [Fact]
    public async Task StaticKeysOfAProfileComeFromEitherFile()
    {
        _home.Credentials("[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = work-secret\naws_session_token = work-token\n")
            .Config("[profile work]\naws_account_id = 999988887777\n");

        var credentials = await Resolve("work");

        Assert.Equal(("AKIDWORK", "work-secret", "work-token", "999988887777"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.AccountId));
    }

    [Fact]
    public async Task WithinAProfileSsoSettingsWinOverKeys()
    {
        _home.Config("[profile both]\nsso_session = s\nsso_account_id = 1\nsso_role_name = R\n[sso-session s]\nsso_start_url = https://x/start\nsso_region = us-east-1\n")
            .Credentials("[both]\naws_access_key_id = AKIDBOTH\naws_secret_access_key = s\n");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve("both"));

        Assert.StartsWith("SSO (profile 'both'): there is no cached SSO token", error.Message);
    }

    [Fact]
    public async Task WithinAProfileKeysWinOverCredentialProcess()
    {
        _home.Credentials("[both]\naws_access_key_id = AKIDBOTH\naws_secret_access_key = s\n")
            .Config("[profile both]\ncredential_process = /nonexistent/credential-helper\n");

        Assert.Equal("AKIDBOTH", (await Resolve("both")).AccessKeyId);
    }

    [SkippableFact]
    public async Task ACredentialProcessProfileRunsItsCommandAndAddsTheProfilesAccount()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX printf");
        _home.Config("""
            [profile tool]
            credential_process = printf '%s' '{"Version":1,"AccessKeyId":"AKIDTOOL","SecretAccessKey":"tool-secret","SessionToken":"tool-token","Expiration":"2024-05-01T13:00:00Z"}'
            aws_account_id = 444433332222
            """);

        var credentials = await Resolve("tool");

        Assert.Equal(("AKIDTOOL", "tool-secret", "tool-token", "444433332222"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.AccountId));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 13, 0, 0, TimeSpan.Zero), credentials.Expiration);
    }

    [SkippableFact]
    public async Task AFailingCredentialProcessNamesTheProfile()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX shell");
        _home.Config("[profile tool]\ncredential_process = sh -c 'echo token expired >&2; exit 2'\n");

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(() => Resolve("tool"));

        Assert.Equal("credential_process (profile 'tool'): 'sh' exited with code 2: token expired", error.Message);
    }

    [Fact]
    public async Task TheEnvironmentProvidesKeysSessionTokenAndAccount()
    {
        _home.Set("AWS_ACCESS_KEY_ID", "AKIDENV").Set("AWS_SECRET_ACCESS_KEY", "env-secret").Set("AWS_SESSION_TOKEN", "env-token").Set("AWS_ACCOUNT_ID", "123412341234");

        var credentials = await new EnvironmentCredentialsProvider(_home.Environment).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(("AKIDENV", "env-secret", "env-token", "123412341234"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.AccountId));
    }

    [Fact]
    public void ToStringNeverShowsTheSecretOrToken()
    {
        var text = new AwsCredentials("AKIDVISIBLE", "super-secret-value", "secret-token-value", new DateTimeOffset(2024, 5, 1, 13, 0, 0, TimeSpan.Zero), "123456789012").ToString();

        Assert.Equal("AwsCredentials { AccessKeyId = AKIDVISIBLE, SecretAccessKey = ***, SessionToken = ***, Expiration = 2024-05-01T13:00:00Z, AccountId = 123456789012 }", text);
    }
}
