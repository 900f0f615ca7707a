using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The usual chain: environment variables, then the shared profile. The first credentials found are
/// kept for the life of the provider.
/// </summary>
public sealed class DefaultCredentialsProvider : IAwsCredentialsProvider
{
    private readonly EnvironmentCredentialsProvider _environment;
    private readonly ProfileCredentialsProvider _profile;
    private AwsCredentials? _cached;

    /// <summary>Uses the process environment and the default shared files.</summary>
    public DefaultCredentialsProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads environment variables through <paramref name="environment"/> (for tests).</summary>
    public DefaultCredentialsProvider(Func<string, string?> environment)
    {
        _environment = new EnvironmentCredentialsProvider(environment);
        _profile = new ProfileCredentialsProvider(environment: environment);
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var credentials = _cached ??= _environment.TryGetCredentials() ?? _profile.TryGetCredentials();
        return credentials is not null
            ? new(credentials)
            : throw new CredentialsNotFoundException(
                "No AWS credentials found. Tried: the environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, " +
                "then the shared credentials and config files (AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE). " +
                "Or set ClientOptions.Credentials.");
    }
}
