using System;

namespace CodeGen.Runtime.Auth;

/// <summary>An AWS access key pair, with a session token for temporary credentials.</summary>
public sealed class AwsCredentials
{
    /// <summary>Creates credentials.</summary>
    public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null)
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
    }

    /// <summary>The access key id (not secret).</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token of temporary credentials, or null.</summary>
    public string? SessionToken { get; }

    /// <summary>Shows the access key id only; the secret and the token never reach logs.</summary>
    public override string ToString() => "AwsCredentials { AccessKeyId = " + AccessKeyId + ", SecretAccessKey = ***" + (SessionToken is null ? "" : ", SessionToken = ***") + " }";
}
