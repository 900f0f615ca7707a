using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>Text forms of values in URIs and headers, as the AWS protocols define them.</summary>
public static class HttpFormat
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string FormatBoolean(bool value) => value ? "true" : "false";

    /// <summary>An integer in invariant culture.</summary>
    public static string FormatInt64(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shortest round-trip form; <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for the special values.</summary>
    public static string FormatDouble(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Like <see cref="FormatDouble"/>, for single precision.</summary>
    public static string FormatFloat(float value) =>
        float.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : FormatDouble(value);

    /// <summary>Joins header list values with ", ", quoting a value that contains a comma or a double quote.</summary>
    public static string FormatHeaderList(IEnumerable<string> values)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            if (builder.Length > 0)
            {
                builder.Append(", ");
            }

            // Quoted when the value holds a separator or quote, or would lose its edges to trimming.
            if (value.Length == 0 || value.IndexOf(',') >= 0 || value.IndexOf('"') >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
            {
                builder.Append('"').Append(value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits a header list on commas outside quotes, unquoting quoted values and trimming each.</summary>
    public static IReadOnlyList<string> ParseHeaderList(string value)
    {
        var values = new List<string>();
        if (value.Trim().Length == 0)
        {
            return values;
        }

        var current = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < value.Length)
                {
                    current.Append(value[++i]);
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.ToString().Trim().Length == 0)
            {
                current.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',')
            {
                values.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
                current.Clear();
                wasQuoted = false;
            }
            else if (!(wasQuoted && char.IsWhiteSpace(c)))
            {
                current.Append(c);
            }
        }

        values.Add(wasQuoted ? current.ToString() : current.ToString().Trim());
        return values;
    }

    /// <summary>Splits a list of HTTP-dates, which contain a comma each: every second comma separates values.</summary>
    public static IReadOnlyList<string> ParseHttpDateList(string value)
    {
        var parts = value.Split(',');
        var values = new List<string>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            values.Add((parts[i] + "," + parts[i + 1]).Trim());
        }

        return values;
    }

    /// <summary>Base64 of the UTF-8 JSON text, for <c>jsonvalue</c> headers.</summary>
    public static string ToBase64Json(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    /// <summary>The JSON text of a <c>jsonvalue</c> header.</summary>
    public static string FromBase64Json(string headerValue) => Encoding.UTF8.GetString(Convert.FromBase64String(headerValue.Trim()));
}
