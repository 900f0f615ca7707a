using System;

namespace CodeGen.Runtime;

/// <summary>What an error response carried besides the modelled members.</summary>
/// <param name="StatusCode">The HTTP status code, or 0 when no response was received.</param>
/// <param name="ErrorCode">The error code, with namespace and suffix stripped.</param>
/// <param name="RequestId">The request id header value.</param>
/// <param name="RawBody">The unparsed response body.</param>
public sealed record ServiceErrorDetails(int StatusCode, string? ErrorCode, string? RequestId, ReadOnlyMemory<byte> RawBody)
{
    /// <summary>Details of an exception constructed without a response (tests, mocks).</summary>
    public static ServiceErrorDetails Empty { get; } = new(0, null, null, ReadOnlyMemory<byte>.Empty);
}
