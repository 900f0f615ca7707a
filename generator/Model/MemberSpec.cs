namespace CodeGen.Generator.Model;

/// <summary>A member of a structure or union.</summary>
/// <param name="Name">The member name in the model (also the JSON key unless <paramref name="JsonName"/> differs).</param>
/// <param name="PropertyName">The C# property name: PascalCase, escaped, unique within its type.</param>
/// <param name="IsRequired">Required by the model: a C# <c>required</c> member, checked by validation. Every other member is nullable.</param>
/// <param name="Binding">Where the member travels in an HTTP message; only meaningful on operation inputs and outputs.</param>
/// <param name="BindingName">Header name, query key, label name or header prefix, per <paramref name="Binding"/>.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record MemberSpec(
    string Name,
    string PropertyName,
    TypeRef Type,
    bool IsRequired,
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
    public bool UsesRequiredKeyword => IsRequired && Deprecation is null;

    /// <summary>
    /// Whether the C# property type carries a nullable annotation: every member but a required one. Null
    /// means absent on the wire, in both directions; no member has a default the client would invent.
    /// </summary>
    public bool IsNullable => !UsesRequiredKeyword;
}
