namespace CodeGen.Generator.Model;

/// <summary>A member of a structure or union.</summary>
/// <param name="Name">The member name in the model (also the JSON key unless <paramref name="JsonName"/> differs).</param>
/// <param name="PropertyName">The C# property name: PascalCase, escaped, unique within its type.</param>
/// <param name="IsRequired">Required by the model: a C# <c>required</c> member, checked by validation.</param>
/// <param name="DefaultValue">The model's default as a JSON literal (Smithy <c>@default</c>, or a botocore unboxed primitive's zero); the C# property is then non-nullable.</param>
/// <param name="Binding">Where the member travels in an HTTP message; only meaningful on operation inputs and outputs.</param>
/// <param name="BindingName">Header name, query key, label name or header prefix, per <paramref name="Binding"/>.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record MemberSpec(
    string Name,
    string PropertyName,
    TypeRef Type,
    bool IsRequired,
    string? DefaultValue,
    string? Documentation,
    Deprecation? Deprecation,
    bool IsSensitive,
    HttpBinding Binding,
    string? BindingName,
    string JsonName,
    string? TimestampFormat,
    bool IsIdempotencyToken,
    bool IsJsonValue,
    bool IsHostLabel)
{
    /// <summary>
    /// Whether the property has C#'s <c>required</c> modifier. A deprecated member cannot be required
    /// without forcing callers to use it (CS9042), so it stays optional and validation checks it.
    /// </summary>
    public bool UsesRequiredKeyword => IsRequired && Deprecation is null && DefaultValue is null;

    /// <summary>Whether the C# property type carries a nullable annotation.</summary>
    public bool IsNullable => DefaultValue is null && !UsesRequiredKeyword;
}
