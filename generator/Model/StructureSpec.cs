using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A structure shape: a request, response, nested record, or (with <see cref="Error"/>) an exception.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record StructureSpec(
    string ShapeName,
    string TypeName,
    string? Documentation,
    Deprecation? Deprecation,
    bool IsSensitive,
    EquatableArray<MemberSpec> Members,
    ErrorSpec? Error,
    ShapeUsage Usage);
