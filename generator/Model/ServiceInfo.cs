namespace CodeGen.Generator.Model;

/// <summary>Service-level facts: identity, protocol and signing.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record ServiceInfo(
    string ServiceId,
    string ApiVersion,
    string EndpointPrefix,
    string SigningName,
    Protocol Protocol,
    string? TargetPrefix,
    string? Title,
    string? Documentation);
