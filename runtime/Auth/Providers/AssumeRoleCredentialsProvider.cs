using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth.Config;
using CodeGen.Runtime.Auth.Sts;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// Credentials of an IAM role from STS <c>AssumeRole</c>, signed with source credentials, cached and
/// refreshed ahead of expiry. Profiles with <c>role_arn</c> and <c>source_profile</c> or
/// <c>credential_source</c> use it; so can code.
/// </summary>
public sealed class AssumeRoleCredentialsProvider : RefreshingCredentialsProvider
{
    private readonly IAwsCredentialsProvider _source;
    private readonly AssumeRoleSettings _settings;
    private readonly string? _profile;

    /// <summary>Assumes <paramref name="roleArn"/> with <paramref name="sourceCredentials"/>.</summary>
    /// <param name="sourceCredentials">Signs the AssumeRole call.</param>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="roleSessionName">The session name; <c>codegen-</c> and the time by default.</param>
    /// <param name="externalId">The external id the role's trust policy requires, if any.</param>
    /// <param name="mfaSerial">The MFA device the role requires, if any; its code comes from <see cref="CredentialsProviderOptions.MfaCodeProvider"/>.</param>
    /// <param name="duration">How long the credentials last; STS's default (one hour) when null.</param>
    /// <param name="options">Region, HttpClient, clock, MFA callback.</param>
    public AssumeRoleCredentialsProvider(
        IAwsCredentialsProvider sourceCredentials, string roleArn, string? roleSessionName = null, string? externalId = null,
        string? mfaSerial = null, TimeSpan? duration = null, CredentialsProviderOptions? options = null)
        : this(new CredentialsContext(options), "assume role " + roleArn, sourceCredentials,
            new AssumeRoleSettings(roleArn, roleSessionName, externalId, mfaSerial, duration is null ? null : (int)duration.Value.TotalSeconds), profile: null)
    {
    }

    internal AssumeRoleCredentialsProvider(CredentialsContext context, string provider, IAwsCredentialsProvider source, AssumeRoleSettings settings, string? profile)
        : base(context, provider)
    {
        if (string.IsNullOrWhiteSpace(settings.RoleArn))
        {
            throw new ArgumentException("The role ARN is empty.", nameof(settings));
        }

        _source = source ?? throw new ArgumentNullException(nameof(source));
        _settings = settings;
        _profile = profile;
    }

    private protected override async Task<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("RoleArn", _settings.RoleArn),
            new("RoleSessionName", _settings.RoleSessionName ?? WebIdentityCredentialsProvider.DefaultSessionName(Context.Time)),
        };
        if (_settings.DurationSeconds is { } seconds)
        {
            parameters.Add(new("DurationSeconds", seconds.ToString(CultureInfo.InvariantCulture)));
        }

        if (_settings.ExternalId is not null)
        {
            parameters.Add(new("ExternalId", _settings.ExternalId));
        }

        if (_settings.MfaSerial is not null)
        {
            var ask = Context.Options.MfaCodeProvider
                ?? throw new CredentialsProviderException(Provider, "the role requires an MFA code (mfa_serial " + _settings.MfaSerial + ") but CredentialsProviderOptions.MfaCodeProvider is not set.");
            var code = await ask(_settings.MfaSerial, cancellationToken).ConfigureAwait(false);
            parameters.Add(new("SerialNumber", _settings.MfaSerial));
            parameters.Add(new("TokenCode", code?.Trim() ?? ""));
        }

        var sts = StsClient.Create(Context, Context.StsRegion(_profile), _source);
        try
        {
            return await sts.AssumeRoleAsync(parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StsFailure.IsCallFailure(ex))
        {
            throw StsFailure.Wrap(Provider, "STS AssumeRole of " + _settings.RoleArn, ex);
        }
    }
}

/// <summary>What an AssumeRole call asks for besides the source credentials.</summary>
internal sealed record AssumeRoleSettings(string RoleArn, string? RoleSessionName, string? ExternalId, string? MfaSerial, int? DurationSeconds);
