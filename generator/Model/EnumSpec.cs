using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A string enum or an intEnum: generated as a forward-compatible value type.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record EnumSpec(
    string ShapeName,
    string TypeName,
    string? Documentation,
    Deprecation? Deprecation,
    bool IsIntEnum,
    EquatableArray<EnumValueSpec> Values);

/// <summary>A known value of an enum: its C# name, its wire value (an integer literal for intEnum) and docs.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record EnumValueSpec(string Name, string Value, string? Documentation, Deprecation? Deprecation);
