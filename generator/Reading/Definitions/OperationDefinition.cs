using System.Collections.Generic;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading.Json;

namespace CodeGen.Generator.Reading.Definitions;

/// <summary>An operation as read.</summary>
internal sealed class OperationDefinition
{
    public OperationDefinition(string name, SourceSpan? location)
    {
        Name = name;
        Location = location;
    }

    public string Name { get; }

    public SourceSpan? Location { get; }

    public string? Documentation { get; set; }

    public Deprecation? Deprecation { get; set; }

    public string HttpMethod { get; set; } = "POST";

    public string RequestUri { get; set; } = "/";

    public int? ResponseCode { get; set; }

    public ShapeReference? Input { get; set; }

    public ShapeReference? Output { get; set; }

    public List<ShapeReference> Errors { get; } = new();

    public bool IsSigned { get; set; } = true;

    public string? HostPrefix { get; set; }

    public PaginatorSpec? Paginator { get; set; }

    /// <summary>The operation accepts gzip-compressed request bodies (Smithy <c>requestCompression</c>).</summary>
    public bool RequestCompression { get; set; }

    /// <summary>The request must carry a Content-MD5 checksum (Smithy <c>httpChecksumRequired</c>).</summary>
    public bool ChecksumRequired { get; set; }
}
