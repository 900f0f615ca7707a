using System;
using System.Collections.Generic;
using System.Text;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Emit;

/// <summary>
/// Converts the model's HTML documentation into well-formed XML doc comments: paragraphs, code,
/// lists and links become their doc-comment equivalents, other tags are dropped, text is escaped.
/// </summary>
internal static class DocComments
{
    private static readonly Dictionary<string, string> s_entities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amp"] = "&amp;", ["lt"] = "&lt;", ["gt"] = "&gt;", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = " ",
        ["mdash"] = "\u2014", ["ndash"] = "\u2013", ["hellip"] = "\u2026", ["rsquo"] = "\u2019", ["lsquo"] = "\u2018",
        ["rdquo"] = "\u201D", ["ldquo"] = "\u201C", ["trade"] = "\u2122", ["reg"] = "\u00AE", ["copy"] = "\u00A9",
    };

    private static readonly string[] s_para = { "para" };
    private static readonly string[] s_code = { "c" };
    private static readonly string[] s_list = { "list" };
    private static readonly string[] s_item = { "item", "description" };
    private static readonly string[] s_see = { "see" };
    private static readonly string[] s_bold = { "b" };
    private static readonly string[] s_italic = { "i" };
    private static readonly string[] s_break = { "br" };

    private static readonly string[] s_knownTags =
    {
        "p", "note", "important", "div", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "fullname",
        "code", "tt", "pre", "samp", "kbd", "var", "ul", "ol", "li", "a", "b", "strong", "i", "em", "br",
    };

    [ThreadStatic]
    private static StringBuilder? t_output;

    [ThreadStatic]
    private static StringBuilder? t_normalized;

    [ThreadStatic]
    private static Stack<string>? t_open;

    [ThreadStatic]
    private static Stack<(int Start, int Length)>? t_openRanges;

    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>
    /// Writes <c>/// &lt;summary&gt;</c> for <paramref name="html"/>, or <paramref name="fallbackXml"/> (already
    /// doc-comment XML) when the model has none; <paramref name="remarksXml"/> likewise.
    /// </summary>
    public static void WriteSummary(SourceWriter writer, string? html, string fallbackXml, string? remarksXml = null)
    {
        var body = string.IsNullOrWhiteSpace(html) ? fallbackXml : ToXml(html!);
        if (body.Length == 0)
        {
            body = fallbackXml;
        }

        WriteElement(writer, "summary", body);
        if (remarksXml is not null)
        {
            WriteElement(writer, "remarks", remarksXml);
        }
    }

    public static void WriteElement(SourceWriter writer, string element, string xmlContent)
    {
        writer.Line($"/// <{element}>");
        for (var start = 0; start < xmlContent.Length;)
        {
            var end = xmlContent.IndexOf('\n', start);
            end = end < 0 ? xmlContent.Length : end;
            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(xmlContent[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(xmlContent[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                writer.Line("/// ", xmlContent, first, last - first);
            }

            start = end + 1;
        }

        writer.Line($"/// </{element}>");
    }

    /// <summary>Escapes plain text for a doc comment.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Converts HTML to doc-comment XML; falls back to the text alone if the result would not be well-formed.</summary>
    public static string ToXml(string html)
    {
        var xml = Convert(html);
        return IsWellFormed(xml) ? xml : Escape(StripTags(html));
    }

    private static string Convert(string html)
    {
        // Reused per thread: a large model converts thousands of comments, each needing only its result.
        var output = t_output ??= new StringBuilder();
        var open = t_open ??= new Stack<string>();
        output.Clear();
        open.Clear();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end > i && TryReadTag(html, i + 1, end, out var name, out var closing, out var href))
                {
                    EmitTag(output, open, name, closing, href);
                    i = end + 1;
                    continue;
                }

                output.Append("&lt;");
            }
            else if (c == '&')
            {
                output.Append(ReadEntity(html, ref i));
                continue;
            }
            else if (c == '>')
            {
                output.Append("&gt;");
            }
            else if (c == '\r' || c == '\n' || c == '\t')
            {
                output.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                output.Append(c);
            }

            i++;
        }

        while (open.Count > 0)
        {
            output.Append("</").Append(open.Pop()).Append('>');
        }

        var chars = t_chars is { } cached && cached.Length >= output.Length ? cached : t_chars = new char[Math.Max(output.Length, 1024)];
        output.CopyTo(0, chars, 0, output.Length);
        return Normalize(new ReadOnlySpan<char>(chars, 0, output.Length));
    }

    private static void EmitTag(StringBuilder output, Stack<string> open, string name, bool closing, string? href)
    {
        // Each HTML tag maps to a doc-comment element (or a pair); unknown tags are dropped.
        string[] elements = name switch
        {
            "p" or "note" or "important" or "div" or "dd" or "dt" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "fullname" => s_para,
            "code" or "tt" or "pre" or "samp" or "kbd" or "var" => s_code,
            "ul" => s_list,
            "ol" => s_list,
            "li" => s_item,
            "a" => s_see,
            "b" or "strong" => s_bold,
            "i" or "em" => s_italic,
            "br" => s_break,
            _ => Array.Empty<string>(),
        };
        if (elements.Length == 0)
        {
            return;
        }

        if (name == "br")
        {
            output.Append("<br/>");
            return;
        }

        if (closing)
        {
            var last = elements[elements.Length - 1];
            if (!open.Contains(last))
            {
                return;
            }

            // Close everything opened inside, then the element itself (and its outer pair for <li>).
            while (open.Count > 0)
            {
                var top = open.Pop();
                output.Append("</").Append(top).Append('>');
                if (top == elements[0])
                {
                    break;
                }
            }

            if (elements[0] is "para" or "list" or "item")
            {
                output.Append('\n');
            }

            return;
        }

        if (name == "a" && href is null)
        {
            return;
        }

        // Block elements must not nest inside inline code or links; close those first.
        if (elements[0] is "para" or "list" or "item")
        {
            while (open.Count > 0 && open.Peek() is "c" or "see" or "b" or "i")
            {
                output.Append("</").Append(open.Pop()).Append('>');
            }

            output.Append('\n');
        }

        foreach (var element in elements)
        {
            output.Append('<').Append(element);
            if (element == "list")
            {
                output.Append(name == "ol" ? " type=\"number\"" : " type=\"bullet\"");
            }
            else if (element == "see")
            {
                output.Append(" href=\"").Append(href!.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("<", "&lt;")).Append('"');
            }

            output.Append('>');
            open.Push(element);
        }
    }

    /// <summary>Reads the tag written between <paramref name="start"/> and <paramref name="end"/> (the text inside its angle brackets).</summary>
    private static bool TryReadTag(string html, int start, int end, out string name, out bool closing, out string? href)
    {
        name = "";
        href = null;
        closing = start < end && html[start] == '/';

        // The tag text without leading slashes, surrounding white space and a self-closing slash.
        var first = start;
        var last = end;
        while (first < last && html[first] == '/')
        {
            first++;
        }

        while (first < last && char.IsWhiteSpace(html[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(html[last - 1]))
        {
            last--;
        }

        while (last > first && html[last - 1] == '/')
        {
            last--;
        }

        while (last > first && char.IsWhiteSpace(html[last - 1]))
        {
            last--;
        }

        var nameEnd = first;
        while (nameEnd < last && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd == first || !char.IsLetter(html[first]))
        {
            return false;
        }

        name = KnownTagName(html, first, nameEnd - first) ?? html.Substring(first, nameEnd - first).ToLowerInvariant();
        var hrefIndex = html.IndexOf("href=", first, last - first, StringComparison.OrdinalIgnoreCase);
        if (hrefIndex >= 0 && hrefIndex + 5 < last)
        {
            var quote = html[hrefIndex + 5];
            if (quote is '"' or '\'')
            {
                var close = html.IndexOf(quote, hrefIndex + 6, last - hrefIndex - 6);
                href = close >= 0 ? html.Substring(hrefIndex + 6, close - hrefIndex - 6) : null;
            }
        }

        return true;
    }

    /// <summary>The lower-case name of a tag the converter maps, without allocating; null for any other tag.</summary>
    private static string? KnownTagName(string html, int start, int length)
    {
        foreach (var known in s_knownTags)
        {
            if (known.Length == length && string.Compare(html, start, known, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return known;
            }
        }

        return null;
    }

    private static string ReadEntity(string html, ref int i)
    {
        var end = html.IndexOf(';', i + 1);
        if (end > i && end - i <= 10)
        {
            var entity = html.Substring(i + 1, end - i - 1);
            if (entity.StartsWith("#", StringComparison.Ordinal))
            {
                i = end + 1;
                return "&" + entity + ";";
            }

            if (s_entities.TryGetValue(entity, out var replacement))
            {
                i = end + 1;
                return replacement;
            }
        }

        i++;
        return "&amp;";
    }

    private static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = t_normalized ??= new StringBuilder();
        builder.Clear();
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                while (builder.Length > 0 && builder[builder.Length - 1] == ' ')
                {
                    builder.Length--;
                }

                builder.Append('\n');
                lastWasSpace = true;
                continue;
            }

            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        // As string.Trim(): no white space at either end.
        var first = 0;
        var last = builder.Length;
        while (first < last && char.IsWhiteSpace(builder[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(builder[last - 1]))
        {
            last--;
        }

        return builder.ToString(first, last - first);
    }

    private static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                builder.Append(' ');
            }
            else if (!inTag)
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return Normalize(System.Net.WebUtility.HtmlDecode(builder.ToString()).AsSpan());
    }

    /// <summary>
    /// A cheap check of what <see cref="Convert"/> produced (it balances tags by construction): tags
    /// nest and close in order, and every '&amp;' starts an entity. An XmlReader per comment would
    /// cost more than the rest of the emitter.
    /// </summary>
    private static bool IsWellFormed(string xml)
    {
        // Open element names as (start, length) inside xml, so checking allocates nothing.
        var open = t_openRanges ??= new Stack<(int Start, int Length)>();
        open.Clear();
        for (var i = 0; i < xml.Length; i++)
        {
            var c = xml[i];
            if (c == '&')
            {
                var end = xml.IndexOf(';', i + 1);
                if (end < 0 || end - i > 10)
                {
                    return false;
                }

                i = end;
            }
            else if (c == '<')
            {
                var end = xml.IndexOf('>', i + 1);
                if (end < 0)
                {
                    return false;
                }

                var tagStart = i + 1;
                var tagLength = end - tagStart;
                if (tagLength > 0 && xml[end - 1] == '/')
                {
                    // self-closing
                }
                else if (tagLength > 0 && xml[tagStart] == '/')
                {
                    if (open.Count == 0)
                    {
                        return false;
                    }

                    var name = open.Pop();
                    if (name.Length != tagLength - 1 || string.CompareOrdinal(xml, name.Start, xml, tagStart + 1, name.Length) != 0)
                    {
                        return false;
                    }
                }
                else
                {
                    var space = xml.IndexOf(' ', tagStart, tagLength);
                    open.Push((tagStart, space < 0 ? tagLength : space - tagStart));
                }

                i = end;
            }
            else if (c == '>')
            {
                return false;
            }
        }

        return open.Count == 0;
    }
}
