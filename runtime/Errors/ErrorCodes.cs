using System;

namespace CodeGen.Runtime;

/// <summary>Error codes AWS services use for throttling and transient faults (AWS standard retry mode).</summary>
public static class ErrorCodes
{
    private static readonly string[] s_throttling =
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    private static readonly string[] s_transient =
    {
        "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure", "ServiceUnavailable",
    };

    /// <summary>Whether <paramref name="errorCode"/> is one of the standard throttling codes.</summary>
    public static bool IsThrottling(string? errorCode) => Contains(s_throttling, errorCode);

    /// <summary>Whether <paramref name="errorCode"/> is one of the standard transient-error codes.</summary>
    public static bool IsTransient(string? errorCode) => Contains(s_transient, errorCode);

    private static bool Contains(string[] codes, string? errorCode)
    {
        if (errorCode is null)
        {
            return false;
        }

        foreach (var code in codes)
        {
            if (string.Equals(code, errorCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
