using System;

namespace CodeGen.Runtime.Retry;

/// <summary>Settings of the AWS standard retry mode.</summary>
public sealed class RetryOptions
{
    /// <summary>Attempts per call, the first included (1 disables retries). Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The base of the exponential backoff: attempt n waits up to <c>BaseDelay * 2^(n-1)</c>. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts. Default 20 s.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether retries draw on a shared token bucket, so a failing service is not hammered. Default true.</summary>
    public bool UseRetryQuota { get; set; } = true;

    /// <summary>The token bucket's size. Default 500.</summary>
    public int RetryQuota { get; set; } = 500;
}
