using System;

namespace CodeGen.Runtime;

/// <summary>What an error response carried besides the modelled members.</summary>
/// <param name="StatusCode">The HTTP status code, or 0 when no response was received.</param>
/// <param name="ErrorCode">The error code, with namespace and suffix stripped.</param>
/// <param name="RequestId">The request id header value.</param>
/// <param name="RawBody">The unparsed response body.</param>
public sealed record ServiceErrorDetails(int StatusCode, string? ErrorCode, string? RequestId, ReadOnlyMemory<byte> RawBody)
{
    /// <summary>Who caused the error, when the response says (the <c>x-amzn-query-error</c> header of query-compatible services).</summary>
    public ServiceErrorType ErrorType { get; init; }

    /// <summary>
    /// The JSON protocol's own error code (<c>X-Amzn-Errortype</c> or <c>__type</c>) when a query-compatible
    /// service replaced it in <see cref="ErrorCode"/> with its query error code; null otherwise.
    /// </summary>
    public string? JsonErrorCode { get; init; }

    /// <summary>Details of an exception constructed without a response (tests, mocks).</summary>
    public static ServiceErrorDetails Empty { get; } = new(0, null, null, ReadOnlyMemory<byte>.Empty);
}
