using System;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Integrity;

/// <summary>
/// SQS's MD5 checks, as the AWS SDKs make them on SendMessage, SendMessageBatch and ReceiveMessage: the
/// MD5 the service returns for a message body or its attributes must match what was sent or received.
/// </summary>
public static class MessageChecksums
{
    /// <summary>The MD5 of a message body's UTF-8 bytes, as lowercase hexadecimal.</summary>
    public static string Md5OfBody(string body) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))))).ToLowerInvariant();

    /// <summary>Throws <see cref="ChecksumMismatchException"/> when the service's MD5 of a message body differs from the body's.</summary>
    /// <param name="body">The body sent or received.</param>
    /// <param name="serviceMd5">The MD5 the service returned.</param>
    /// <param name="messageId">The message (batch entry id or message id), for the message; null for a single message sent.</param>
    /// <param name="response">The response, for the exception's details.</param>
    public static void VerifyBody(string body, string serviceMd5, string? messageId, HttpResponseData response) =>
        Verify("body", Md5OfBody(body), serviceMd5, messageId, response);

    /// <summary>Throws <see cref="ChecksumMismatchException"/> when the service's MD5 of message attributes differs from the digest.</summary>
    public static void VerifyAttributes(MessageAttributesDigest attributes, string serviceMd5, string? messageId, HttpResponseData response) =>
        Verify("attributes", (attributes ?? throw new ArgumentNullException(nameof(attributes))).ToMd5Hex(), serviceMd5, messageId, response);

    private static void Verify(string part, string actual, string serviceMd5, string? messageId, HttpResponseData response)
    {
        if (string.Equals(actual, serviceMd5?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var details = new ServiceErrorDetails(response.StatusCode, null, response.RequestId, response.Body);
        var which = messageId is null ? "the message" : "message '" + messageId + "'";
        throw new ChecksumMismatchException(
            "The MD5 SQS returned for the " + part + " of " + which + " (" + serviceMd5 + ") does not match the " + part + " (" + actual +
            "): the message was altered on its way. Set DisableMessageChecksumValidation to skip this check.",
            details, "MD5", serviceMd5 ?? string.Empty, actual, isRetryable: false);
    }
}
