using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Always returns the same credentials.</summary>
public sealed class StaticCredentialsProvider : IAwsCredentialsProvider
{
    private readonly AwsCredentials _credentials;

    /// <summary>Wraps a key pair, with a session token for temporary credentials.</summary>
    public StaticCredentialsProvider(string accessKeyId, string secretAccessKey, string? sessionToken = null)
        : this(new AwsCredentials(accessKeyId, secretAccessKey, sessionToken))
    {
    }

    /// <summary>Wraps <paramref name="credentials"/>.</summary>
    public StaticCredentialsProvider(AwsCredentials credentials) => _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => new(_credentials);
}
