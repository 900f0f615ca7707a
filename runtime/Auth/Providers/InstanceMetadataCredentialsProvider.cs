using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Caching;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Imds;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// The credentials of the EC2 instance's role, from the instance metadata service (IMDSv2 with the
/// SDKs' fallback rules; <see cref="ImdsClient"/>), cached and refreshed ahead of expiry.
/// </summary>
/// <remarks>
/// <para>
/// The role name comes from <c>AWS_EC2_INSTANCE_PROFILE_NAME</c> / <c>ec2_instance_profile_name</c>, else from
/// IMDS (and is remembered). The extended API (<c>iam/security-credentials-extended/</c>, which also reports the
/// account id) is tried first; a 404 there switches to the legacy path for good.
/// </para>
/// <para>
/// Static stability, as the SDKs implement it: when IMDS returns credentials that expire within the
/// refresh window (it does during an outage of the credentials service) or fails while credentials are at
/// hand, those credentials are kept for another 15 minutes plus 2 to 10 minutes of jitter, and the
/// refresh is tried again then.
/// </para>
/// </remarks>
public sealed class InstanceMetadataCredentialsProvider : RefreshingCredentialsProvider
{
    internal const string ExtendedPath = "latest/meta-data/iam/security-credentials-extended/";
    internal const string LegacyPath = "latest/meta-data/iam/security-credentials/";
    private readonly Func<double> _jitter;
    private string? _roleName;
    private bool? _extendedApi;
    private AwsCredentials? _last;

    /// <summary>Reads the IMDS settings from the environment and the shared config of <paramref name="options"/>.</summary>
    public InstanceMetadataCredentialsProvider(CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options), Random.Shared.NextDouble)
    {
    }

    internal InstanceMetadataCredentialsProvider(CredentialsContext context, Func<double> jitter)
        : base(context, ImdsSettings.Provider) => _jitter = jitter;

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            var credentials = await FetchFromImdsAsync(cancellationToken).ConfigureAwait(false);
            _last = credentials;
            return ExtendIfStale(credentials);
        }
        catch (Exception ex) when (_last is not null && ex is ImdsException or CredentialsProviderException)
        {
            // IMDS is unavailable; what it gave before keeps working for a while (static stability).
            return ExtendIfStale(_last);
        }
        catch (ImdsException ex)
        {
            throw new CredentialsProviderException(ImdsSettings.Provider, ex.Message, ex);
        }
    }

    private async Task<AwsCredentials> FetchFromImdsAsync(CancellationToken cancellationToken)
    {
        var imds = Context.Imds;
        var configuredRole = imds.Settings.InstanceProfileName;
        for (var tries = 0; ; tries++)
        {
            var role = configuredRole ?? _roleName ?? await ResolveRoleNameAsync(imds, cancellationToken).ConfigureAwait(false);
            try
            {
                var json = await imds.GetAsync((_extendedApi == false ? LegacyPath : ExtendedPath) + role, cancellationToken).ConfigureAwait(false);
                _extendedApi ??= true;
                return CredentialsJson.ParseMetadata(json, ImdsSettings.Provider, requireToken: true);
            }
            catch (ImdsException ex) when (ex.IsNotFound && tries < 2)
            {
                if (_extendedApi is null)
                {
                    _extendedApi = false;
                }
                else if (configuredRole is null)
                {
                    // The instance's role may have been replaced: ask for its name again.
                    _roleName = null;
                }
                else
                {
                    throw new CredentialsProviderException(ImdsSettings.Provider,
                        "the instance profile '" + configuredRole + "' (AWS_EC2_INSTANCE_PROFILE_NAME or ec2_instance_profile_name) has no credentials on this instance.", ex);
                }
            }
        }
    }

    private async Task<string> ResolveRoleNameAsync(ImdsClient imds, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await imds.GetAsync(_extendedApi == false ? LegacyPath : ExtendedPath, cancellationToken).ConfigureAwait(false);
            _extendedApi ??= true;
        }
        catch (ImdsException ex) when (ex.IsNotFound && _extendedApi is null)
        {
            _extendedApi = false;
            body = await imds.GetAsync(LegacyPath, cancellationToken).ConfigureAwait(false);
        }

        var name = body.Split('\n')[0].Trim();
        _roleName = name.Length > 0 ? name : throw new ImdsException("the instance has no IAM role.", null);
        return _roleName;
    }

    private AwsCredentials ExtendIfStale(AwsCredentials credentials)
    {
        var now = Context.Time.GetUtcNow();
        var window = RefreshingCredentials.AdvisoryWindow + TimeSpan.FromMinutes(2 + (8 * _jitter()));
        if (credentials.Expiration is not { } expiration || expiration - window > now)
        {
            return credentials;
        }

        return new AwsCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, now + window, credentials.AccountId);
    }
}
