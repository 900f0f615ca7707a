namespace CodeGen.Generator.Model;

/// <summary>Where a top-level input or output member is bound in an HTTP message.</summary>
internal enum HttpBinding
{
    Body,
    Label,
    Query,
    QueryParams,
    Header,
    PrefixHeaders,
    Payload,
    StatusCode,
}
