using System;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Zero-based line and UTF-16 column of a marker in a text, computed independently of the generator,
/// so diagnostic locations can be checked against the text the test wrote.
/// </summary>
internal static class TextPosition
{
    /// <summary>The character offset of the only occurrence of <paramref name="marker"/>; fails if it is missing or ambiguous.</summary>
    public static int OffsetOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException("Marker not found: " + marker);
        }

        if (text.IndexOf(marker, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException("Marker occurs more than once: " + marker);
        }

        return index;
    }

    public static LinePosition At(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }

    /// <summary>The span the only occurrence of <paramref name="marker"/> covers.</summary>
    public static LinePositionSpan SpanOf(string text, string marker)
    {
        var start = OffsetOf(text, marker);
        return new LinePositionSpan(At(text, start), At(text, start + marker.Length));
    }

    /// <summary>The span of the first <paramref name="length"/> characters of the only occurrence of <paramref name="marker"/>.</summary>
    public static LinePositionSpan SpanOf(string text, string marker, int length)
    {
        var start = OffsetOf(text, marker);
        return new LinePositionSpan(At(text, start), At(text, start + length));
    }

    /// <summary>An empty span at the start of the only occurrence of <paramref name="marker"/>.</summary>
    public static LinePositionSpan PointAt(string text, string marker)
    {
        var position = At(text, OffsetOf(text, marker));
        return new LinePositionSpan(position, position);
    }
}
