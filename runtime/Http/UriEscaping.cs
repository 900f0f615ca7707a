using System;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>RFC 3986 percent-encoding of URI labels and query components.</summary>
internal static class UriEscaping
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>
    /// Appends <paramref name="value"/> percent-encoded: only unreserved characters stay as they are,
    /// plus '/' in a greedy label. A segment that would read "." or ".." is encoded too, so no label
    /// can ever move the request to another path.
    /// </summary>
    public static void AppendEscaped(CharBuffer builder, string value, bool keepSlash)
    {
        if (value is "." or "..")
        {
            builder.Append(value == "." ? "%2E" : "%2E%2E");
            return;
        }

        var segmentStart = builder.Length;
        var byteCount = Encoding.UTF8.GetByteCount(value);
        var bytes = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(value, bytes);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (IsUnreserved(c) || (keepSlash && c == '/'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%');
                builder.Append(Hex[b >> 4]);
                builder.Append(Hex[b & 0xF]);
            }
        }

        if (keepSlash)
        {
            EscapeDotSegments(builder, segmentStart);
        }
    }

    /// <summary>Percent-encodes a query name or value (space as %20, never '+').</summary>
    public static void AppendQueryComponent(CharBuffer builder, string value) => AppendEscaped(builder, value, keepSlash: false);

    private static bool IsUnreserved(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_' or '~';

    /// <summary>In a greedy label, encodes the dots of any "." or ".." segment.</summary>
    private static void EscapeDotSegments(CharBuffer builder, int start)
    {
        var text = builder.ToString(start, builder.Length - start);
        var segments = text.Split('/');
        var changed = false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is "." or "..")
            {
                segments[i] = segments[i] == "." ? "%2E" : "%2E%2E";
                changed = true;
            }
        }

        if (changed)
        {
            builder.Length = start;
            builder.Append(string.Join("/", segments));
        }
    }
}
