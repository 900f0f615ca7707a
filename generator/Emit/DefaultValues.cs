using System.Globalization;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>Turns a model default (a JSON literal) into a C# expression of the member's type.</summary>
internal static class DefaultValues
{
    /// <summary>The C# initializer for <paramref name="member"/>'s default, or null when its type has none expressible.</summary>
    public static string? Expression(MemberSpec member, string ns)
    {
        var literal = member.DefaultValue;
        if (literal is null)
        {
            return null;
        }

        var type = member.Type;
        var isString = literal.Length >= 2 && literal[0] == '"';
        var text = isString ? System.Text.RegularExpressions.Regex.Unescape(literal.Substring(1, literal.Length - 2)) : literal;
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                return literal == "true" ? "true" : "false";
            case TypeKind.Byte:
            case TypeKind.Short:
            case TypeKind.Integer:
                return "(" + TypeNames.Of(type, ns) + ")" + Integer(text);
            case TypeKind.Long:
                return Integer(text) + "L";
            case TypeKind.Float:
                return Real(text) + "F";
            case TypeKind.Double:
                return Real(text) + "D";
            case TypeKind.BigDecimal:
                return Real(text) + "M";
            case TypeKind.BigInteger:
                return "new " + KnownTypes.BigInteger + "(" + Integer(text) + "L)";
            case TypeKind.String:
                return Literals.String(text);
            case TypeKind.Enum:
                return "new " + TypeNames.Named(type, ns) + "(" + Literals.String(text) + ")";
            case TypeKind.IntEnum:
                return "new " + TypeNames.Named(type, ns) + "(" + Integer(text) + ")";
            case TypeKind.Timestamp:
                return isString
                    ? KnownTypes.DateTimeOffset + ".Parse(" + Literals.String(text) + ", " + KnownTypes.CultureInfo + ".InvariantCulture)"
                    : KnownTypes.DateTimeOffset + ".UnixEpoch.AddSeconds(" + Real(text) + "D)";
            case TypeKind.Blob:
                return KnownTypes.Blob + ".Empty";
            case TypeKind.List:
                return "global::System.Array.Empty<" + TypeNames.Of(type.Element!, ns) + (type.Sparse ? "?" : "") + ">()";
            case TypeKind.Map:
                return "new " + TypeNames.Builder(type, ns) + "()";
            default:
                return null;
        }
    }

    private static string Integer(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? ((long)d).ToString(CultureInfo.InvariantCulture) : "0";

    private static string Real(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value.ToString("R", CultureInfo.InvariantCulture) : "0";
}
