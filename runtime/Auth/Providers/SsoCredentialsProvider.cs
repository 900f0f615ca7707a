using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Sso;
using CodeGen.Runtime.Auth.Sts;
using CodeGen.Runtime.Internal.Sso;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// Credentials of an IAM Identity Center (SSO) permission set: the access token <c>aws sso login</c>
/// cached (refreshed with SSO OIDC when the profile uses an <c>sso_session</c>), exchanged with SSO
/// <c>GetRoleCredentials</c> for the role's credentials, which are cached and refreshed ahead of expiry.
/// </summary>
public sealed class SsoCredentialsProvider : RefreshingCredentialsProvider
{
    private readonly string _region;
    private readonly string _accountId;
    private readonly string _roleName;
    private readonly string _login;
    private readonly SsoTokenProvider _tokens;

    /// <summary>Gets <paramref name="roleName"/> in <paramref name="accountId"/> with the token cached for the session or start URL.</summary>
    /// <param name="startUrl">The AWS access portal URL (<c>sso_start_url</c>).</param>
    /// <param name="ssoRegion">The region of IAM Identity Center (<c>sso_region</c>).</param>
    /// <param name="accountId">The account (<c>sso_account_id</c>).</param>
    /// <param name="roleName">The permission set's role (<c>sso_role_name</c>).</param>
    /// <param name="sessionName">The <c>sso-session</c> the token belongs to; null for a legacy profile (token cached by start URL, not refreshable).</param>
    /// <param name="options">HttpClient, clock, environment.</param>
    public SsoCredentialsProvider(string startUrl, string ssoRegion, string accountId, string roleName, string? sessionName = null, CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options), "SSO", new SsoSettings(startUrl, ssoRegion, accountId, roleName, sessionName),
            sessionName is null ? "run 'aws sso login'" : "run 'aws sso login --sso-session " + sessionName + "'")
    {
    }

    internal SsoCredentialsProvider(CredentialsContext context, string provider, SsoSettings settings, string login)
        : base(context, provider)
    {
        _region = settings.Region;
        _accountId = settings.AccountId;
        _roleName = settings.RoleName;
        _login = login;
        _tokens = new SsoTokenProvider(context, provider, settings.StartUrl, settings.Region, settings.SessionName, login);
    }

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        var token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        using var client = new SsoClient(CredentialClients.Options<SsoClientOptions>(Context, "sso", _region, defaultEndpoint: null, credentials: null));
        GetRoleCredentialsResponse response;
        try
        {
            response = await client.GetRoleCredentialsAsync(
                new GetRoleCredentialsRequest { RoleName = _roleName, AccountId = _accountId, AccessToken = token }, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedException ex)
        {
            throw new CredentialsProviderException(Provider, "IAM Identity Center rejected the cached SSO token (" + ex.ErrorCode + "); " + _login + ".", ex);
        }
        catch (Exception ex) when (StsFailure.IsCallFailure(ex))
        {
            throw StsFailure.Wrap(Provider, "SSO GetRoleCredentials of role " + _roleName + " in account " + _accountId, ex);
        }

        var role = response.RoleCredentials;
        if (role is null || string.IsNullOrEmpty(role.AccessKeyId) || string.IsNullOrEmpty(role.SecretAccessKey) || role.Expiration <= 0)
        {
            throw new CredentialsProviderException(Provider, "SSO GetRoleCredentials returned no complete roleCredentials (access key, secret key and expiration).");
        }

        return new AwsCredentials(role.AccessKeyId!, role.SecretAccessKey!, role.SessionToken, DateTimeOffset.FromUnixTimeMilliseconds(role.Expiration), _accountId);
    }
}

/// <summary>An SSO profile's settings, after resolving its <c>sso_session</c>.</summary>
internal sealed record SsoSettings(string StartUrl, string Region, string AccountId, string RoleName, string? SessionName);
