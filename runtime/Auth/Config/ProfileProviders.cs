using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// Builds the provider a shared-config profile describes, in botocore's order: <c>role_arn</c> with
/// <c>source_profile</c> or <c>credential_source</c> (AssumeRole), <c>role_arn</c> with
/// <c>web_identity_token_file</c>, SSO (<c>sso_session</c> or the legacy <c>sso_start_url</c> keys),
/// static keys, then <c>credential_process</c>. A profile that is configured wrongly is an error naming
/// the profile and the key; a profile with none of these settings is "not configured", with the reason.
/// </summary>
internal static class ProfileProviders
{
    private static readonly string[] s_ssoKeys = ["sso_start_url", "sso_region", "sso_account_id", "sso_role_name"];

    /// <summary>The provider for <paramref name="profile"/>, or null and why the profile has no credentials.</summary>
    public static (IAwsCredentialsProvider? Provider, string? NotConfigured) Resolve(CredentialsContext context, string profile) =>
        Resolve(context, profile, [profile], allowAssumeRole: true);

    private static (IAwsCredentialsProvider? Provider, string? NotConfigured) Resolve(CredentialsContext context, string profile, List<string> visited, bool allowAssumeRole)
    {
        var files = context.Files;
        string? Value(string key) => files.GetProfileValue(profile, key);
        var name = "profile '" + profile + "'";
        if (!files.HasProfile(profile))
        {
            return (null, name + " is not in the shared config or credentials file");
        }

        var roleArn = Value("role_arn");
        var tokenFile = Value("web_identity_token_file");
        if (roleArn is not null && tokenFile is null && allowAssumeRole)
        {
            return (AssumeRole(context, profile, roleArn, visited), null);
        }

        if (tokenFile is not null)
        {
            return roleArn is null
                ? throw new CredentialsProviderException("web identity (" + name + ")", "the profile sets web_identity_token_file but no role_arn.")
                : (new WebIdentityCredentialsProvider(context, "web identity (" + name + ")", tokenFile, roleArn, Value("role_session_name"), profile), null);
        }

        if (Value("sso_session") is not null || Value("sso_account_id") is not null || Value("sso_role_name") is not null)
        {
            return (Sso(context, profile), null);
        }

        var accessKey = Value("aws_access_key_id");
        var secret = Value("aws_secret_access_key");
        if (accessKey is not null && secret is not null)
        {
            return (new StaticCredentialsProvider(new AwsCredentials(accessKey, secret, Value("aws_session_token"), accountId: Value("aws_account_id"))), null);
        }

        if (accessKey is not null || secret is not null)
        {
            throw new CredentialsProviderException("static keys (" + name + ")",
                "the profile sets " + (accessKey is null ? "aws_secret_access_key but not aws_access_key_id" : "aws_access_key_id but not aws_secret_access_key") + ".");
        }

        if (Value("credential_process") is { } command)
        {
            return (new ProcessCredentialsProvider(context, "credential_process (" + name + ")", command, Value("aws_account_id")), null);
        }

        return (null, name + " has no credentials (no keys, role_arn, web_identity_token_file, sso_* or credential_process)");
    }

    private static AssumeRoleCredentialsProvider AssumeRole(CredentialsContext context, string profile, string roleArn, List<string> visited)
    {
        var files = context.Files;
        var provider = "assume role (profile '" + profile + "')";
        var sourceProfile = files.GetProfileValue(profile, "source_profile");
        var credentialSource = files.GetProfileValue(profile, "credential_source");
        IAwsCredentialsProvider source;
        if (sourceProfile is not null && credentialSource is not null)
        {
            throw new CredentialsProviderException(provider, "the profile sets both source_profile and credential_source; keep one.");
        }
        else if (credentialSource is not null)
        {
            source = CredentialSource(context, provider, credentialSource);
        }
        else if (sourceProfile is not null)
        {
            source = SourceProfile(context, provider, profile, sourceProfile, visited);
        }
        else
        {
            throw new CredentialsProviderException(provider, "the profile sets role_arn but neither source_profile nor credential_source.");
        }

        int? duration = null;
        if (files.GetProfileValue(profile, "duration_seconds") is { } text)
        {
            duration = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? seconds
                : throw new CredentialsProviderException(provider, "duration_seconds must be a whole number of seconds, but is '" + text + "'.");
        }

        var settings = new AssumeRoleSettings(roleArn, files.GetProfileValue(profile, "role_session_name"), files.GetProfileValue(profile, "external_id"),
            files.GetProfileValue(profile, "mfa_serial"), duration);
        return new AssumeRoleCredentialsProvider(context, provider, source, settings, profile);
    }

    private static IAwsCredentialsProvider SourceProfile(CredentialsContext context, string provider, string profile, string sourceProfile, List<string> visited)
    {
        var files = context.Files;
        if (!files.HasProfile(sourceProfile))
        {
            throw new CredentialsProviderException(provider, "its source_profile '" + sourceProfile + "' does not exist.");
        }

        var hasStaticKeys = files.ProfileHasKey(sourceProfile, "aws_access_key_id") || files.ProfileHasKey(sourceProfile, "aws_secret_access_key");
        if (visited.Contains(sourceProfile) && !(sourceProfile == profile && hasStaticKeys))
        {
            // A profile may name itself to use its own keys; any other repeat would never end.
            throw new CredentialsProviderException(provider, "source_profile forms a loop: " + string.Join(" -> ", visited.Append(sourceProfile)) + ".");
        }

        // As botocore: a source profile with keys (or without a role) supplies its own credentials; one with only a role assumes it first.
        var assumesRole = !hasStaticKeys && files.GetProfileValue(sourceProfile, "role_arn") is not null;
        var (source, notConfigured) = Resolve(context, sourceProfile, visited.Append(sourceProfile).ToList(), allowAssumeRole: assumesRole);
        return source ?? throw new CredentialsProviderException(provider, "its source_profile has no credentials: " + notConfigured + ".");
    }

    /// <summary>The <c>credential_source</c> names of the SDKs: Environment, Ec2InstanceMetadata, EcsContainer.</summary>
    private static IAwsCredentialsProvider CredentialSource(CredentialsContext context, string provider, string credentialSource)
    {
        if (string.Equals(credentialSource, "Environment", StringComparison.OrdinalIgnoreCase))
        {
            return new EnvironmentCredentialsProvider(context.Environment);
        }

        if (string.Equals(credentialSource, "Ec2InstanceMetadata", StringComparison.OrdinalIgnoreCase))
        {
            return new InstanceMetadataCredentialsProvider(context, Random.Shared.NextDouble);
        }

        if (string.Equals(credentialSource, "EcsContainer", StringComparison.OrdinalIgnoreCase))
        {
            return new ContainerCredentialsProvider(context);
        }

        throw new CredentialsProviderException(provider, "credential_source '" + credentialSource + "' is not one of Environment, Ec2InstanceMetadata, EcsContainer.");
    }

    private static SsoCredentialsProvider Sso(CredentialsContext context, string profile)
    {
        var files = context.Files;
        var provider = "SSO (profile '" + profile + "')";
        var session = files.GetProfileValue(profile, "sso_session");
        var values = s_ssoKeys.ToDictionary(k => k, k => files.GetProfileValue(profile, k));
        if (session is not null)
        {
            if (!files.HasSsoSession(session))
            {
                throw new CredentialsProviderException(provider, "the profile's sso_session '" + session + "' has no [sso-session " + session + "] section.");
            }

            foreach (var key in new[] { "sso_start_url", "sso_region" })
            {
                var fromSession = files.GetSsoSessionValue(session, key);
                if (values[key] is { } fromProfile && fromSession is not null && fromProfile != fromSession)
                {
                    throw new CredentialsProviderException(provider, key + " is '" + fromProfile + "' in the profile but '" + fromSession + "' in sso-session '" + session + "'.");
                }

                values[key] = fromSession ?? values[key];
            }
        }

        var missing = s_ssoKeys.Where(k => values[k] is null).ToList();
        if (missing.Count > 0)
        {
            throw new CredentialsProviderException(provider, "the profile is configured for SSO but lacks " + string.Join(", ", missing) + ".");
        }

        var login = session is null ? "run 'aws sso login --profile " + profile + "'" : "run 'aws sso login --sso-session " + session + "'";
        return new SsoCredentialsProvider(context, provider,
            new SsoSettings(values["sso_start_url"]!, values["sso_region"]!, values["sso_account_id"]!, values["sso_role_name"]!, session), login);
    }
}
