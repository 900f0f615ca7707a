using System;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Definitions;

namespace CodeGen.Generator.Analysis;

/// <summary>
/// Behaviour the AWS SDKs add for particular services, beyond what their models state (the SDKs call
/// these customizations). Keyed by the service id both model formats carry.
/// </summary>
internal static class ServiceCustomizations
{
    /// <summary>DynamoDB signs each response body with a CRC32 in <c>x-amz-crc32</c>; every AWS SDK checks it.</summary>
    public static bool ChecksResponseCrc32(ServiceDefinition service) => string.Equals(service.ServiceId, "DynamoDB", StringComparison.Ordinal);

    /// <summary>SQS returns MD5s of message bodies and attributes; the AWS SDKs check them on these three operations.</summary>
    public static MessageChecksumKind? MessageChecksums(ServiceDefinition service, string operation)
    {
        if (!string.Equals(service.ServiceId, "SQS", StringComparison.Ordinal))
        {
            return null;
        }

        return operation switch
        {
            "SendMessage" => MessageChecksumKind.Send,
            "SendMessageBatch" => MessageChecksumKind.SendBatch,
            "ReceiveMessage" => MessageChecksumKind.Receive,
            _ => null,
        };
    }
}
