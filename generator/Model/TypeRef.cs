namespace CodeGen.Generator.Model;

/// <summary>
/// The type of a member, resolved fully for collections (element, key and value types inline) and by
/// name for structures, enums and unions, so each shape can be emitted on its own.
/// </summary>
/// <param name="ShapeName">The model shape this type comes from (for named kinds, the generated type's shape).</param>
/// <param name="TypeName">The generated C# type name for <see cref="TypeKind.Structure"/>, <see cref="TypeKind.Enum"/>, <see cref="TypeKind.IntEnum"/> and <see cref="TypeKind.Union"/>.</param>
/// <param name="Sparse">A list or map whose entries may be null.</param>
/// <param name="TimestampFormat">The target shape's <c>timestampFormat</c>, if any.</param>
/// <param name="MediaType">The target shape's media type (e.g. a string carrying JSON).</param>
/// <param name="Validates">For structures and unions: whether their validation can find anything (a required member or a constraint below them).</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record TypeRef(
    TypeKind Kind,
    string ShapeName,
    string? TypeName = null,
    TypeRef? Element = null,
    TypeRef? Key = null,
    TypeRef? Value = null,
    bool Sparse = false,
    Constraints? Constraints = null,
    string? TimestampFormat = null,
    bool IsSensitive = false,
    bool IsStreaming = false,
    string? MediaType = null,
    bool Validates = true)
{
    public bool IsValueType => Kind is TypeKind.Boolean or TypeKind.Byte or TypeKind.Short or TypeKind.Integer
        or TypeKind.Long or TypeKind.Float or TypeKind.Double or TypeKind.BigInteger or TypeKind.BigDecimal
        or TypeKind.Timestamp or TypeKind.Blob or TypeKind.Document or TypeKind.Enum or TypeKind.IntEnum;
}
