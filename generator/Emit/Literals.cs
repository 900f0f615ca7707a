using System.Globalization;
using System.Text;

namespace CodeGen.Generator.Emit;

/// <summary>C# literals, always in invariant culture.</summary>
internal static class Literals
{
    public static string String(string value)
    {
        if (!NeedsEscaping(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' or '\u2028' or '\u2029' || char.IsControl(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A UTF-8 string literal (<c>"..."u8</c>), for comparing JSON property names without allocating.</summary>
    public static string Utf8(string value) => String(value) + "u8";

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Bool(bool value) => value ? "true" : "false";
}
