using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Imds;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The default credential provider chain of the AWS SDKs: the environment's key pair; web identity from
/// the environment; the shared config profile (every kind: keys, process, SSO, assume role, web identity);
/// the container endpoint (ECS, EKS Pod Identity); the EC2 instance metadata service.
/// </summary>
/// <remarks>
/// The first source that is configured is used from then on, with its own caching and refresh. A source
/// that is configured but fails (an expired SSO login, an unreachable container endpoint, a bad profile)
/// stops the search with its error, as botocore does, rather than falling through to another identity.
/// When nothing is configured the <see cref="CredentialsNotFoundException"/> lists each source and why it
/// had nothing. Concurrent first calls share one search.
/// </remarks>
public sealed class DefaultCredentialsProvider : IAwsCredentialsProvider
{
    private readonly CredentialsContext _context;
    private readonly object _gate = new();
    private IAwsCredentialsProvider? _chosen;
    private Task<AwsCredentials>? _search;

    /// <summary>Uses the process environment and the default shared files.</summary>
    public DefaultCredentialsProvider()
        : this(new CredentialsProviderOptions())
    {
    }

    /// <summary>Reads environment variables through <paramref name="environment"/> (for tests).</summary>
    public DefaultCredentialsProvider(Func<string, string?> environment)
        : this(new CredentialsProviderOptions { Environment = environment })
    {
    }

    /// <summary>Uses the profile, region, environment, clock, HttpClient and MFA callback of <paramref name="options"/>.</summary>
    public DefaultCredentialsProvider(CredentialsProviderOptions options)
        : this(new CredentialsContext(options ?? throw new ArgumentNullException(nameof(options))))
    {
    }

    internal DefaultCredentialsProvider(CredentialsContext context) => _context = context;

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var chosen = Volatile.Read(ref _chosen);
        return chosen is not null ? chosen.GetCredentialsAsync(cancellationToken) : new(SearchOnce().WaitAsync(cancellationToken));
    }

    private Task<AwsCredentials> SearchOnce()
    {
        lock (_gate)
        {
            // A failed search is not remembered: the next call looks again (the user may have logged in meanwhile).
            if (_search is null || _search.IsFaulted || _search.IsCanceled)
            {
                _search = SearchAsync();
            }

            return _search;
        }
    }

    private async Task<AwsCredentials> SearchAsync()
    {
        await Task.Yield();
        var tried = new List<string>();
        CredentialsProviderException? last = null;
        foreach (var (name, find) in Sources())
        {
            var (provider, notConfigured) = find();
            if (provider is null)
            {
                tried.Add(name + ": " + notConfigured);
                continue;
            }

            try
            {
                var credentials = await provider.GetCredentialsAsync(CancellationToken.None).ConfigureAwait(false);
                Volatile.Write(ref _chosen, provider);
                return credentials;
            }
            catch (CredentialsProviderException ex) when (name == ImdsSettings.Provider)
            {
                // Off EC2 the last source simply is not there: that is "nothing found", with its reason.
                tried.Add(name + ": " + ex.Reason);
                last = ex;
            }
        }

        throw new CredentialsNotFoundException(tried, last);
    }

    private IEnumerable<(string Name, Func<(IAwsCredentialsProvider?, string?)> Find)> Sources()
    {
        var profileInCode = SharedConfigFiles.NonEmpty(_context.Options.Profile) is not null;
        const string skipped = "skipped, since a profile was chosen in code (CredentialsProviderOptions.Profile or ClientOptions.Profile)";
        yield return (EnvironmentCredentialsProvider.Provider, () =>
            profileInCode ? (null, skipped)
            : new EnvironmentCredentialsProvider(_context.Environment).TryGetCredentials() is { } credentials ? (new StaticCredentialsProvider(credentials), null)
            : (null, "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set"));
        yield return ("web identity", () => profileInCode ? (null, skipped) : WebIdentityFromEnvironment());
        yield return ("shared config", SharedProfile);
        yield return (ContainerCredentialsProvider.Name, () =>
            ContainerCredentialsProvider.IsConfigured(_context) ? (new ContainerCredentialsProvider(_context), null)
            : (null, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set"));
        yield return (ImdsSettings.Provider, () =>
            _context.Imds.Settings.Disabled ? (null, "disabled by AWS_EC2_METADATA_DISABLED")
            : (new InstanceMetadataCredentialsProvider(_context, Random.Shared.NextDouble), null));
    }

    private (IAwsCredentialsProvider?, string?) WebIdentityFromEnvironment()
    {
        if (_context.Variable("AWS_WEB_IDENTITY_TOKEN_FILE") is not { } tokenFile)
        {
            return (null, "AWS_WEB_IDENTITY_TOKEN_FILE is not set");
        }

        // As botocore, each setting comes from the environment, else from the profile.
        var files = _context.Files;
        var roleArn = _context.Variable("AWS_ROLE_ARN") ?? files.Get("role_arn")
            ?? throw new CredentialsProviderException("web identity", "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not.");
        return (new WebIdentityCredentialsProvider(_context, "web identity", tokenFile, roleArn,
            _context.Variable("AWS_ROLE_SESSION_NAME") ?? files.Get("role_session_name"), files.Profile), null);
    }

    private (IAwsCredentialsProvider?, string?) SharedProfile()
    {
        var files = _context.Files;
        if (files.ProfileIsExplicit && !files.HasProfile(files.Profile))
        {
            throw new CredentialsProviderException("shared config",
                "the profile '" + files.Profile + "' (from " + (SharedConfigFiles.NonEmpty(_context.Options.Profile) is null ? "AWS_PROFILE" : "the Profile option")
                + ") is not in the shared config or credentials file.");
        }

        return ProfileProviders.Resolve(_context, files.Profile);
    }
}
