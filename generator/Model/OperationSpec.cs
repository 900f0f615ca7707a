using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One operation of the service: a client method and its wire binding.</summary>
/// <param name="Name">The model's operation name (also the awsJson <c>X-Amz-Target</c> suffix).</param>
/// <param name="MethodName">The client method name without the Async suffix.</param>
/// <param name="ClassName">The internal class that serializes its request and parses its response.</param>
/// <param name="Input">The input structure; null when the operation takes no input.</param>
/// <param name="Output">The output structure; null when the operation returns nothing.</param>
/// <param name="Errors">Type names of the modelled errors it can return.</param>
/// <param name="IsSigned">False for operations the model marks as unauthenticated.</param>
/// <param name="UnsupportedReason">Set when the client cannot offer the operation (for example event streams).</param>
/// <param name="RequestCompression">Bodies may be sent gzip-compressed.</param>
/// <param name="ChecksumRequired">Requests carry a Content-MD5 checksum.</param>
/// <param name="MessageChecksums">SQS message MD5s to verify in the response (an AWS SDK customization), if any.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record OperationSpec(
    string Name,
    string MethodName,
    string ClassName,
    string? Documentation,
    Deprecation? Deprecation,
    HttpSpec Http,
    StructureRef? Input,
    StructureRef? Output,
    EquatableArray<string> Errors,
    bool IsSigned,
    string? HostPrefix,
    PaginationSpec? Pagination,
    string? UnsupportedReason,
    bool RequestCompression,
    bool ChecksumRequired,
    MessageChecksumSpec? MessageChecksums);

/// <summary>A reference to a structure by model shape name and C# type name.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record StructureRef(string ShapeName, string TypeName);

/// <summary>The HTTP method, URI template and success status of an operation.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record HttpSpec(string Method, string RequestUri, int? ResponseCode);
