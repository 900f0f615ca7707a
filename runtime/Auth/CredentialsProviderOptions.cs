using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth;

/// <summary>Settings shared by the credentials providers: which profile, where to read settings, how to reach AWS.</summary>
public sealed class CredentialsProviderOptions
{
    /// <summary>The shared-config profile; else <c>AWS_PROFILE</c>, else <c>default</c>. Setting it skips the environment's key pair, as the SDKs do.</summary>
    public string? Profile { get; set; }

    /// <summary>The region for STS calls; else <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's <c>region</c>, else STS's global endpoint.</summary>
    public string? Region { get; set; }

    /// <summary>Reads environment variables; the process environment by default (replaceable for tests).</summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock expiry is judged by, and the timer for waits between attempts.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Sends the STS and SSO calls; by default one shared HttpClient. The instance metadata and container
    /// endpoints are always called without a proxy, through a client of their own.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>
    /// Asks for the current code of the MFA device named by a profile's <c>mfa_serial</c> (the device's ARN
    /// or serial is the argument). Without it, a profile with <c>mfa_serial</c> fails with a message that says so.
    /// </summary>
    public Func<string, CancellationToken, ValueTask<string>>? MfaCodeProvider { get; set; }

    /// <summary>The longest a <c>credential_process</c> command may run before it is stopped. Default one minute.</summary>
    public TimeSpan CredentialProcessTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
