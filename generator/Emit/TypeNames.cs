using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The C# type expression for each <see cref="TypeRef"/>.</summary>
internal static class TypeNames
{
    public static string Of(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => KnownTypes.String,
        TypeKind.Boolean => "bool",
        TypeKind.Byte => "sbyte",
        TypeKind.Short => "short",
        TypeKind.Integer => "int",
        TypeKind.Long => "long",
        TypeKind.Float => "float",
        TypeKind.Double => "double",
        TypeKind.BigInteger => KnownTypes.BigInteger,
        TypeKind.BigDecimal => "decimal",
        TypeKind.Timestamp => KnownTypes.DateTimeOffset,
        TypeKind.Blob => KnownTypes.Blob,
        TypeKind.Document => KnownTypes.JsonElement,
        TypeKind.List => KnownTypes.IReadOnlyList + "<" + Element(type.Element!, type.Sparse, ns) + ">",
        TypeKind.Map => KnownTypes.IReadOnlyDictionary + "<string, " + Element(type.Value!, type.Sparse, ns) + ">",
        _ => Named(type, ns),
    };

    /// <summary>The type of a property: nullable-annotated unless the member is required or has a default.</summary>
    public static string OfMember(MemberSpec member, string ns) => Of(member.Type, ns) + (member.IsNullable ? "?" : "");

    /// <summary>The concrete mutable type deserializers build a list or map into.</summary>
    public static string Builder(TypeRef type, string ns) => type.Kind == TypeKind.List
        ? KnownTypes.List + "<" + Element(type.Element!, type.Sparse, ns) + ">"
        : KnownTypes.Dictionary + "<string, " + Element(type.Value!, type.Sparse, ns) + ">";

    public static string Named(TypeRef type, string ns) => "global::" + ns + "." + type.TypeName;

    public static string Named(string ns, string typeName) => "global::" + ns + "." + typeName;

    private static string Element(TypeRef element, bool sparse, string ns) => Of(element, ns) + (sparse ? "?" : "");
}
