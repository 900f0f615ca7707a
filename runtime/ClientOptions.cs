using System;
using System.Net.Http;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Retry;

namespace CodeGen.Runtime;

/// <summary>Options of a generated client. Generated clients derive a per-service options type.</summary>
public class ClientOptions
{
    /// <summary>The region; else <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's <c>region</c>, then the EC2 instance's region (IMDS).</summary>
    public string? Region { get; set; }

    /// <summary>
    /// The shared-config profile for credentials and region; else <c>AWS_PROFILE</c>, else <c>default</c>. Set
    /// here, it takes precedence over credentials in environment variables, as in the AWS SDKs.
    /// </summary>
    public string? Profile { get; set; }

    /// <summary>Overrides the endpoint (<c>https://{endpointPrefix}.{region}.amazonaws.com</c> by default).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Where credentials come from; by default the AWS SDKs' chain (<see cref="DefaultCredentialsProvider"/>): environment, web identity, shared profile, container, instance metadata.</summary>
    public IAwsCredentialsProvider? Credentials { get; set; }

    /// <summary>An HttpClient to send with (for example from IHttpClientFactory); never disposed by the client.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Retry settings (AWS standard mode).</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Whether requests are checked against the model's constraints before anything is sent. Default true.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>The longest a call may take, retries and their waits included; null for no limit.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The longest one attempt may take; null for no limit (beyond <see cref="Timeout"/>).</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Makes idempotency tokens for members the caller left empty; a fresh UUID by default.</summary>
    public Func<string> IdempotencyTokenProvider { get; set; } = () => Guid.NewGuid().ToString();

    /// <summary>Bodies of operations that accept compression are gzipped from this size on. Default 10240 bytes.</summary>
    public int RequestMinCompressionSizeBytes { get; set; } = 10240;

    /// <summary>Never compress request bodies.</summary>
    public bool DisableRequestCompression { get; set; }

    /// <summary>The clock for signing and the timer for retry waits.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The random source for retry jitter (a value in [0, 1)); replaceable for tests.</summary>
    public Func<double> Jitter { get; set; } = Random.Shared.NextDouble;
}
