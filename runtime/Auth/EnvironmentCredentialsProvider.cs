using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Reads <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>AWS_SESSION_TOKEN</c>.</summary>
public sealed class EnvironmentCredentialsProvider : IAwsCredentialsProvider
{
    private readonly Func<string, string?> _environment;

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentialsProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads variables through <paramref name="environment"/> (for tests).</summary>
    public EnvironmentCredentialsProvider(Func<string, string?> environment) => _environment = environment;

    /// <summary>The credentials the environment holds, or null when the key pair is not set.</summary>
    public AwsCredentials? TryGetCredentials()
    {
        var accessKey = _environment("AWS_ACCESS_KEY_ID");
        var secret = _environment("AWS_SECRET_ACCESS_KEY");
        return string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secret)
            ? null
            : new AwsCredentials(accessKey!, secret!, _environment("AWS_SESSION_TOKEN"));
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        new(TryGetCredentials() ?? throw new CredentialsNotFoundException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set."));
}
