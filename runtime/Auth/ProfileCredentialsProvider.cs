using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Reads the key pair of a profile in the shared credentials and config files.</summary>
public sealed class ProfileCredentialsProvider : IAwsCredentialsProvider
{
    private readonly Lazy<SharedConfigFiles> _files;

    /// <summary>Uses <paramref name="profile"/> (else <c>AWS_PROFILE</c>, else <c>default</c>) from the given or default files.</summary>
    public ProfileCredentialsProvider(string? profile = null, string? credentialsFile = null, string? configFile = null, Func<string, string?>? environment = null) =>
        _files = new Lazy<SharedConfigFiles>(() => SharedConfigFiles.Load(profile, credentialsFile, configFile, environment));

    /// <summary>The profile's credentials, or null when it has none.</summary>
    public AwsCredentials? TryGetCredentials() => _files.Value.Credentials();

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        new(TryGetCredentials() ?? throw new CredentialsNotFoundException($"The profile '{_files.Value.Profile}' has no aws_access_key_id and aws_secret_access_key."));
}
