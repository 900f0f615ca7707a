using System.Globalization;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Integrity;

/// <summary>Checks of a response body against a checksum its service sent with it.</summary>
internal static class ResponseChecksums
{
    public const string Crc32Header = "x-amz-crc32";

    /// <summary>
    /// Compares the body with its <c>x-amz-crc32</c> (decimal, of the bytes as received). Null when they match
    /// or the header is absent; otherwise the retryable exception the AWS SDKs raise for a corrupted response.
    /// </summary>
    public static ChecksumMismatchException? CheckCrc32(HttpResponseData response)
    {
        var header = response.GetHeader(Crc32Header);
        if (header is null)
        {
            return null;
        }

        var actual = Crc32.Compute(response.Body.Span);
        if (uint.TryParse(header.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var expected) && expected == actual)
        {
            return null;
        }

        var details = new ServiceErrorDetails(response.StatusCode, null, response.RequestId, response.Body);
        return new ChecksumMismatchException(
            "The response body does not match its " + Crc32Header + " checksum (sent " + header.Trim() + ", computed " +
            actual.ToString(CultureInfo.InvariantCulture) + "): it was corrupted in transit.",
            details, "CRC32", header.Trim(), actual.ToString(CultureInfo.InvariantCulture), isRetryable: true);
    }
}
