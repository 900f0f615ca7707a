using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Supplies credentials for signing; called once per attempt, so implementations should cache.</summary>
public interface IAwsCredentialsProvider
{
    /// <summary>Returns the credentials to sign with.</summary>
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
