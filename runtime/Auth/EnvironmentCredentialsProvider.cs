using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Reads <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c> and <c>AWS_ACCOUNT_ID</c>.</summary>
public sealed class EnvironmentCredentialsProvider : IAwsCredentialsProvider
{
    internal const string Provider = "environment";
    private readonly Func<string, string?> _environment;

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentialsProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads variables through <paramref name="environment"/> (for tests).</summary>
    public EnvironmentCredentialsProvider(Func<string, string?> environment) => _environment = environment;

    /// <summary>The credentials the environment holds, or null when neither key is set.</summary>
    /// <exception cref="CredentialsProviderException">Only one of the key pair is set.</exception>
    public AwsCredentials? TryGetCredentials()
    {
        var accessKey = SharedConfigFiles.NonEmpty(_environment("AWS_ACCESS_KEY_ID"));
        var secret = SharedConfigFiles.NonEmpty(_environment("AWS_SECRET_ACCESS_KEY"));
        if (accessKey is null && secret is null)
        {
            return null;
        }

        return accessKey is null || secret is null
            ? throw new CredentialsProviderException(Provider, (accessKey is null ? "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not." : "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."))
            : new AwsCredentials(accessKey, secret, _environment("AWS_SESSION_TOKEN"), accountId: SharedConfigFiles.NonEmpty(_environment("AWS_ACCOUNT_ID")));
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        new(TryGetCredentials() ?? throw new CredentialsProviderException(Provider, "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set."));
}
