using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth.Config;

/// <summary>Stands in for credentials on the internal clients that make unsigned calls only (STS web identity, SSO, SSO OIDC).</summary>
internal sealed class UnsignedOnly : IAwsCredentialsProvider
{
    public static readonly UnsignedOnly Instance = new();

    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("This client makes unsigned calls only.");
}
