namespace CodeGen.Generator.Model;

/// <summary>Service-level facts: identity, protocol and signing.</summary>
/// <param name="IsQueryCompatible">awsJson service that keeps its former query protocol's error codes: requests send <c>x-amzn-query-mode</c>, errors carry <c>x-amzn-query-error</c>.</param>
/// <param name="ResponseCrc32">Responses carry <c>x-amz-crc32</c>, which the client checks (DynamoDB, as the AWS SDKs do).</param>
/// <param name="MessageChecksums">Some operations verify SQS message MD5s, so the options offer the opt-out.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ServiceInfo(
    string ServiceId,
    string ApiVersion,
    string EndpointPrefix,
    string SigningName,
    Protocol Protocol,
    string? TargetPrefix,
    string? Title,
    string? Documentation,
    bool IsQueryCompatible,
    bool ResponseCrc32,
    bool MessageChecksums);
