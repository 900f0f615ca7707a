using System;

namespace CodeGen.Runtime;

/// <summary>
/// A response did not match the checksum that came with it: DynamoDB's <c>x-amz-crc32</c> of the body
/// (retryable: the response was corrupted in transit, as the AWS SDKs treat it), or SQS's MD5 of a message
/// body or its attributes (not retryable: what the service stored or returned differs from what was meant).
/// </summary>
public sealed class ChecksumMismatchException : ServiceException
{
    private readonly bool _isRetryable;

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What did not match.</param>
    /// <param name="details">The response's status, request id and raw body.</param>
    /// <param name="algorithm">The checksum: <c>CRC32</c> or <c>MD5</c>.</param>
    /// <param name="expected">The checksum the service sent.</param>
    /// <param name="actual">The checksum the client computed.</param>
    /// <param name="isRetryable">Whether sending the request again may succeed.</param>
    public ChecksumMismatchException(string message, ServiceErrorDetails? details, string algorithm, string expected, string actual, bool isRetryable)
        : base(message, details)
    {
        Algorithm = algorithm ?? throw new ArgumentNullException(nameof(algorithm));
        Expected = expected;
        Actual = actual;
        _isRetryable = isRetryable;
    }

    /// <summary>The checksum algorithm: <c>CRC32</c> or <c>MD5</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The checksum the service sent.</summary>
    public string Expected { get; }

    /// <summary>The checksum the client computed.</summary>
    public string Actual { get; }

    /// <inheritdoc />
    public override bool IsRetryable => _isRetryable;

    /// <inheritdoc />
    public override bool IsThrottling => false;
}
