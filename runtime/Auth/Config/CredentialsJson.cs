using System;
using System.Globalization;
using System.Text.Json;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>
/// Reads the JSON credential documents of IMDS and the container endpoint (<c>AccessKeyId</c>,
/// <c>SecretAccessKey</c>, <c>Token</c>, <c>Expiration</c>, <c>AccountId</c>) and of <c>credential_process</c>
/// (<c>Version</c> 1, <c>SessionToken</c> instead of <c>Token</c>). Errors name what is wrong, never a value:
/// the document holds secrets.
/// </summary>
internal static class CredentialsJson
{
    /// <summary>IMDS or container credentials; an error document (<c>Code</c>/<c>code</c> other than Success, <c>Message</c>) is reported as such.</summary>
    public static AwsCredentials ParseMetadata(string json, string provider, bool requireToken)
    {
        using var document = Open(json, provider);
        var root = document.RootElement;
        var code = String(root, "Code", provider) ?? String(root, "code", provider);
        if (code is not null && !string.Equals(code, "Success", StringComparison.OrdinalIgnoreCase))
        {
            var message = String(root, "Message", provider) ?? String(root, "message", provider);
            throw new CredentialsProviderException(provider, "the endpoint returned the error " + code + (message is null ? "." : ": " + message));
        }

        return Read(root, provider, "Token", requireToken, requireExpiration: requireToken);
    }

    /// <summary>The output of a <c>credential_process</c> command (format version 1).</summary>
    public static AwsCredentials ParseProcess(string json, string provider, string? fallbackAccountId)
    {
        using var document = Open(json, provider);
        var root = document.RootElement;
        if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1)
        {
            throw new CredentialsProviderException(provider, "the output's Version is " + (root.TryGetProperty("Version", out version) ? "'" + version.GetRawText() + "'" : "missing") + "; only version 1 is supported.");
        }

        var credentials = Read(root, provider, "SessionToken", requireToken: false, requireExpiration: false);
        return credentials.AccountId is null && fallbackAccountId is not null
            ? new AwsCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.Expiration, fallbackAccountId)
            : credentials;
    }

    private static JsonDocument Open(string json, string provider)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new CredentialsProviderException(provider, "the response is JSON but not an object.");
            }

            return document;
        }
        catch (JsonException)
        {
            throw new CredentialsProviderException(provider, "the response is not valid JSON.");
        }
    }

    private static AwsCredentials Read(JsonElement root, string provider, string tokenProperty, bool requireToken, bool requireExpiration)
    {
        var accessKey = Required(root, "AccessKeyId", provider);
        var secret = Required(root, "SecretAccessKey", provider);
        var token = requireToken ? Required(root, tokenProperty, provider) : String(root, tokenProperty, provider);
        var expirationText = requireExpiration ? Required(root, "Expiration", provider) : String(root, "Expiration", provider);
        DateTimeOffset? expiration = null;
        if (expirationText is not null)
        {
            expiration = DateTimeOffset.TryParse(expirationText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                ? parsed
                : throw new CredentialsProviderException(provider, "Expiration '" + expirationText + "' is not an ISO 8601 timestamp.");
        }

        return new AwsCredentials(accessKey, secret, token, expiration, String(root, "AccountId", provider));
    }

    private static string Required(JsonElement root, string name, string provider) =>
        String(root, name, provider) ?? throw new CredentialsProviderException(provider, "the response has no " + name + ".");

    private static string? String(JsonElement root, string name, string provider)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new CredentialsProviderException(provider, "the response's " + name + " is not a string.");
        }

        var text = value.GetString();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
