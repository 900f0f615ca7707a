using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The credentials a shared-config profile describes, whatever its kind: static keys,
/// <c>credential_process</c>, SSO (<c>sso_session</c> or legacy), <c>role_arn</c> with <c>source_profile</c>
/// chains or <c>credential_source</c>, or <c>web_identity_token_file</c>. The profile is read once, on first use.
/// </summary>
public sealed class ProfileCredentialsProvider : IAwsCredentialsProvider
{
    private readonly CredentialsContext _context;
    private readonly Lazy<IAwsCredentialsProvider> _provider;

    /// <summary>Uses <paramref name="profile"/> (else <c>AWS_PROFILE</c>, else <c>default</c>) from the given or default files.</summary>
    public ProfileCredentialsProvider(string? profile = null, string? credentialsFile = null, string? configFile = null, Func<string, string?>? environment = null)
        : this(new CredentialsContext(
            new CredentialsProviderOptions { Profile = profile, Environment = environment ?? Environment.GetEnvironmentVariable },
            () => SharedConfigFiles.Load(profile, credentialsFile, configFile, environment)))
    {
    }

    /// <summary>Uses the profile, environment, clock and HttpClient of <paramref name="options"/>.</summary>
    public ProfileCredentialsProvider(CredentialsProviderOptions options)
        : this(new CredentialsContext(options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    private ProfileCredentialsProvider(CredentialsContext context)
    {
        _context = context;
        _provider = new Lazy<IAwsCredentialsProvider>(Resolve, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => _provider.Value.GetCredentialsAsync(cancellationToken);

    private IAwsCredentialsProvider Resolve()
    {
        var (provider, notConfigured) = ProfileProviders.Resolve(_context, _context.Files.Profile);
        return provider ?? throw new CredentialsProviderException("shared config", notConfigured + ".");
    }
}
