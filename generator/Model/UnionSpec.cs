using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A tagged union: exactly one member is set. Generated as a closed record hierarchy with an Unknown case.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record UnionSpec(
    string ShapeName,
    string TypeName,
    string? Documentation,
    Deprecation? Deprecation,
    bool IsSensitive,
    EquatableArray<MemberSpec> Members,
    ShapeUsage Usage);
