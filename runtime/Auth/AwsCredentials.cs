using System;

namespace CodeGen.Runtime.Auth;

/// <summary>An AWS access key pair, with a session token and an expiry for temporary credentials.</summary>
public sealed class AwsCredentials
{
    /// <summary>Creates credentials.</summary>
    /// <param name="accessKeyId">The access key id.</param>
    /// <param name="secretAccessKey">The secret access key.</param>
    /// <param name="sessionToken">The session token of temporary credentials.</param>
    /// <param name="expiration">When temporary credentials stop working; null for long-term keys.</param>
    /// <param name="accountId">The AWS account the credentials belong to, when the source says.</param>
    public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null, DateTimeOffset? expiration = null, string? accountId = null)
    {
        if (string.IsNullOrEmpty(accessKeyId))
        {
            throw new ArgumentException("The access key id is empty.", nameof(accessKeyId));
        }

        if (string.IsNullOrEmpty(secretAccessKey))
        {
            throw new ArgumentException("The secret access key is empty.", nameof(secretAccessKey));
        }

        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
        Expiration = expiration;
        AccountId = string.IsNullOrEmpty(accountId) ? null : accountId;
    }

    /// <summary>The access key id (not secret).</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token of temporary credentials, or null.</summary>
    public string? SessionToken { get; }

    /// <summary>When the credentials expire; null when they do not (long-term keys).</summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>The account id, when the source reported it (not secret).</summary>
    public string? AccountId { get; }

    /// <summary>Shows the access key id and expiry only; the secret and the token never reach logs.</summary>
    public override string ToString() =>
        "AwsCredentials { AccessKeyId = " + AccessKeyId + ", SecretAccessKey = ***"
        + (SessionToken is null ? "" : ", SessionToken = ***")
        + (Expiration is { } expiration ? ", Expiration = " + expiration.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : "")
        + (AccountId is null ? "" : ", AccountId = " + AccountId)
        + " }";
}
