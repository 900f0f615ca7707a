using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Sts;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// Credentials of an IAM role from STS <c>AssumeRoleWithWebIdentity</c> (unsigned) with an OIDC token read
/// from a file: EKS service accounts (IRSA), GitHub Actions and other CI jobs. The file is read again on
/// every refresh, since those tokens rotate. Cached and refreshed ahead of expiry.
/// </summary>
/// <remarks>
/// In the default chain it is configured by <c>AWS_WEB_IDENTITY_TOKEN_FILE</c>, <c>AWS_ROLE_ARN</c> and
/// <c>AWS_ROLE_SESSION_NAME</c>, or by a profile's <c>web_identity_token_file</c>, <c>role_arn</c> and
/// <c>role_session_name</c>.
/// </remarks>
public sealed class WebIdentityCredentialsProvider : RefreshingCredentialsProvider
{
    private readonly string _tokenFile;
    private readonly string _roleArn;
    private readonly string? _roleSessionName;
    private readonly string? _profile;

    /// <summary>Assumes <paramref name="roleArn"/> with the token in <paramref name="tokenFile"/>.</summary>
    /// <param name="tokenFile">The file holding the OIDC token.</param>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="roleSessionName">The session name; <c>codegen-</c> and the time by default.</param>
    /// <param name="options">Region, HttpClient, clock.</param>
    public WebIdentityCredentialsProvider(string tokenFile, string roleArn, string? roleSessionName = null, CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options), "web identity", tokenFile, roleArn, roleSessionName, profile: null)
    {
    }

    internal WebIdentityCredentialsProvider(CredentialsContext context, string provider, string tokenFile, string roleArn, string? roleSessionName, string? profile)
        : base(context, provider)
    {
        if (string.IsNullOrWhiteSpace(tokenFile))
        {
            throw new ArgumentException("The token file is empty.", nameof(tokenFile));
        }

        if (string.IsNullOrWhiteSpace(roleArn))
        {
            throw new ArgumentException("The role ARN is empty.", nameof(roleArn));
        }

        _tokenFile = tokenFile;
        _roleArn = roleArn;
        _roleSessionName = roleSessionName;
        _profile = profile;
    }

    /// <summary>The SDKs' default session name: a prefix and the time, so CloudTrail tells sessions apart.</summary>
    internal static string DefaultSessionName(TimeProvider time) =>
        "codegen-" + time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = (await File.ReadAllTextAsync(_tokenFile, cancellationToken).ConfigureAwait(false)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsProviderException(Provider, "cannot read the web identity token file '" + _tokenFile + "': " + ex.Message, ex);
        }

        if (token.Length == 0)
        {
            throw new CredentialsProviderException(Provider, "the web identity token file '" + _tokenFile + "' is empty.");
        }

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("RoleArn", _roleArn),
            new("RoleSessionName", _roleSessionName ?? DefaultSessionName(Context.Time)),
            new("WebIdentityToken", token),
        };
        var sts = StsClient.Create(Context, Context.StsRegion(_profile), credentials: null);
        try
        {
            return await sts.AssumeRoleWithWebIdentityAsync(parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StsFailure.IsCallFailure(ex))
        {
            throw StsFailure.Wrap(Provider, "STS AssumeRoleWithWebIdentity of " + _roleArn, ex);
        }
    }
}
