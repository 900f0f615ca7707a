using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Http;

/// <summary>Expressions that turn values into the text of a URI label, query value or header, and back.</summary>
internal static class HttpValueFormats
{
    private const string Invariant = KnownTypes.CultureInfo + ".InvariantCulture";
    private const string NumberStyles = "global::System.Globalization.NumberStyles";

    /// <summary>Formats a non-null scalar <paramref name="value"/> as text.</summary>
    public static string Format(TypeRef type, string value, string? timestampFormat, string locationDefault) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Enum => value + ".Value",
        TypeKind.IntEnum => value + ".Value.ToString(" + Invariant + ")",
        TypeKind.Boolean => KnownTypes.HttpFormat + ".FormatBoolean(" + value + ")",
        TypeKind.Byte or TypeKind.Short or TypeKind.Integer or TypeKind.Long => KnownTypes.HttpFormat + ".FormatInt64(" + value + ")",
        TypeKind.Float => KnownTypes.HttpFormat + ".FormatFloat(" + value + ")",
        TypeKind.Double => KnownTypes.HttpFormat + ".FormatDouble(" + value + ")",
        TypeKind.BigDecimal or TypeKind.BigInteger => value + ".ToString(" + Invariant + ")",
        TypeKind.Timestamp => KnownTypes.Timestamps + ".Format(" + value + ", " + TimestampFormats.Runtime(timestampFormat ?? type.TimestampFormat, locationDefault) + ")",
        TypeKind.Blob => "global::System.Convert.ToBase64String(" + value + ".Span)",
        _ => value + ".ToString()",
    };

    /// <summary>Parses header <paramref name="text"/> into a scalar of <paramref name="type"/>.</summary>
    public static string Parse(TypeRef type, string text, string? timestampFormat, string locationDefault, string ns) => type.Kind switch
    {
        TypeKind.String => text,
        TypeKind.Enum => "new " + TypeNames.Named(type, ns) + "(" + text + ")",
        TypeKind.IntEnum => "new " + TypeNames.Named(type, ns) + "(int.Parse(" + text + ", " + Invariant + "))",
        TypeKind.Boolean => "bool.Parse(" + text + ")",
        TypeKind.Byte => "sbyte.Parse(" + text + ", " + Invariant + ")",
        TypeKind.Short => "short.Parse(" + text + ", " + Invariant + ")",
        TypeKind.Integer => "int.Parse(" + text + ", " + Invariant + ")",
        TypeKind.Long => "long.Parse(" + text + ", " + Invariant + ")",
        TypeKind.Float => "float.Parse(" + text + ", " + NumberStyles + ".Float, " + Invariant + ")",
        TypeKind.Double => "double.Parse(" + text + ", " + NumberStyles + ".Float, " + Invariant + ")",
        TypeKind.BigDecimal => "decimal.Parse(" + text + ", " + NumberStyles + ".Float, " + Invariant + ")",
        TypeKind.BigInteger => KnownTypes.BigInteger + ".Parse(" + text + ", " + Invariant + ")",
        TypeKind.Timestamp => KnownTypes.Timestamps + ".Parse(" + text + ", " + TimestampFormats.Runtime(timestampFormat ?? type.TimestampFormat, locationDefault) + ")",
        TypeKind.Blob => "global::System.Convert.FromBase64String(" + text + ")",
        _ => text,
    };

    /// <summary>Whether a header member carries JSON text, sent base64-encoded (botocore <c>jsonvalue</c>, Smithy mediaType).</summary>
    public static bool IsJsonValue(MemberSpec member) =>
        member.Type.Kind == TypeKind.String &&
        (member.IsJsonValue || (member.Type.MediaType?.IndexOf("json", System.StringComparison.OrdinalIgnoreCase) ?? -1) >= 0);
}
