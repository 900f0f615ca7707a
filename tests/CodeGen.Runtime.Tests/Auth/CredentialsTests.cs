using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

public sealed class CredentialsTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("codegen-aws-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task EnvironmentVariablesProvideKeysAndSessionToken()
    {
        var environment = FakeEnvironment.Of(("AWS_ACCESS_KEY_ID", "AKIDENV"), ("AWS_SECRET_ACCESS_KEY", "env-secret"), ("AWS_SESSION_TOKEN", "env-token"));

        var credentials = await new EnvironmentCredentialsProvider(environment).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIDENV", credentials.AccessKeyId);
        Assert.Equal("env-secret", credentials.SecretAccessKey);
        Assert.Equal("env-token", credentials.SessionToken);
    }

    [Fact]
    public async Task ProfileComesFromAwsProfileInTheCredentialsFile()
    {
        WriteAws("credentials", "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n\n[work]\naws_access_key_id=AKIDWORK\naws_secret_access_key=work-secret\naws_session_token=work-token\n");
        var environment = FakeEnvironment.Of(("HOME", _home), ("AWS_PROFILE", "work"));

        var credentials = await new ProfileCredentialsProvider(environment: environment).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIDWORK", credentials.AccessKeyId);
        Assert.Equal("work-token", credentials.SessionToken);
    }

    [Fact]
    public async Task ConfigFileProfilesUseTheProfilePrefix()
    {
        WriteAws("config", "[profile dev]\nregion = eu-central-1\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = config-secret\n# a comment\n");
        var environment = FakeEnvironment.Of(("HOME", _home));

        var credentials = await new ProfileCredentialsProvider("dev", environment: environment).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIDCONFIG", credentials.AccessKeyId);
        Assert.Equal("eu-central-1", SharedConfigFiles.Load("dev", environment: environment).Get("region"));
    }

    [Fact]
    public async Task FileLocationsFollowTheEnvironment()
    {
        var credentialsFile = Path.Combine(_home, "elsewhere");
        File.WriteAllText(credentialsFile, "[default]\naws_access_key_id=AKIDELSEWHERE\naws_secret_access_key=s\n");
        var environment = FakeEnvironment.Of(("HOME", "/nonexistent"), ("AWS_SHARED_CREDENTIALS_FILE", credentialsFile));

        var credentials = await new ProfileCredentialsProvider(environment: environment).GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("AKIDELSEWHERE", credentials.AccessKeyId);
    }

    [Fact]
    public async Task DefaultChainPrefersTheEnvironmentThenTheProfile()
    {
        WriteAws("credentials", "[default]\naws_access_key_id=AKIDFILE\naws_secret_access_key=file-secret\n");
        var withEnvironment = FakeEnvironment.Of(("HOME", _home), ("AWS_ACCESS_KEY_ID", "AKIDENV"), ("AWS_SECRET_ACCESS_KEY", "s"));
        var withoutEnvironment = FakeEnvironment.Of(("HOME", _home));

        Assert.Equal("AKIDENV", (await new DefaultCredentialsProvider(withEnvironment).GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal("AKIDFILE", (await new DefaultCredentialsProvider(withoutEnvironment).GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task NothingFoundSaysWhereItLookedWithoutSecrets()
    {
        var environment = FakeEnvironment.Of(("HOME", _home));

        var error = await Assert.ThrowsAsync<CredentialsNotFoundException>(async () => await new DefaultCredentialsProvider(environment).GetCredentialsAsync(CancellationToken.None));

        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
        Assert.Contains("AWS_PROFILE", error.Message);
    }

    [Fact]
    public void ToStringNeverShowsTheSecretOrToken()
    {
        var text = new AwsCredentials("AKIDVISIBLE", "super-secret-value", "secret-token-value").ToString();

        Assert.Contains("AKIDVISIBLE", text);
        Assert.DoesNotContain("super-secret-value", text);
        Assert.DoesNotContain("secret-token-value", text);
    }

    private void WriteAws(string file, string text)
    {
        Directory.CreateDirectory(Path.Combine(_home, ".aws"));
        File.WriteAllText(Path.Combine(_home, ".aws", file), text);
    }
}
