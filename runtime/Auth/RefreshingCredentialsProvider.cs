using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Caching;
using CodeGen.Runtime.Auth.Config;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// A provider of temporary credentials: what it fetches is cached and refreshed ahead of expiry, one
/// fetch at a time however many callers wait, and a failed refresh keeps serving unexpired credentials
/// (see docs/client.md).
/// </summary>
public abstract class RefreshingCredentialsProvider : IAwsCredentialsProvider
{
    private readonly RefreshingCredentials _cache;

    private protected RefreshingCredentialsProvider(CredentialsContext context, string provider)
    {
        Context = context;
        Provider = provider;
        _cache = new RefreshingCredentials(provider, FetchAsync, context.Time);
    }

    /// <summary>The provider's name in errors, such as <c>SSO (profile 'dev')</c>.</summary>
    public string Provider { get; }

    private protected CredentialsContext Context { get; }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);

    /// <summary>Gets fresh credentials from the source; called by the cache only.</summary>
    private protected abstract Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken);
}
