using System;

namespace CodeGen.Runtime.Retry;

/// <summary>Exponential backoff with full jitter: a uniformly random wait up to <c>min(base * 2^(attempt-1), max)</c>.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, RetryOptions options, double random)
    {
        var ceiling = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var capped = Math.Min(ceiling, options.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * random);
    }
}
