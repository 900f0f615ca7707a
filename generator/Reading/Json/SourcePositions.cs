using System.Collections.Generic;
using System.Text;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// Maps UTF-8 byte offsets of a model file to the character span, line and column a diagnostic needs.
/// Line starts are computed on first use, so a clean model pays nothing.
/// </summary>
internal sealed class SourcePositions
{
    private readonly byte[] _utf8;
    private List<int>? _lineStarts;

    public SourcePositions(string path, byte[] utf8)
    {
        Path = path;
        _utf8 = utf8;
    }

    public string Path { get; }

    public DiagnosticLocation Locate(int byteStart, int byteEnd)
    {
        byteStart = Clamp(byteStart);
        byteEnd = Clamp(byteEnd < byteStart ? byteStart : byteEnd);
        var (startLine, startColumn) = LineAndColumn(byteStart);
        var (endLine, endColumn) = LineAndColumn(byteEnd);
        var charStart = Encoding.UTF8.GetCharCount(_utf8, 0, byteStart);
        var charLength = Encoding.UTF8.GetCharCount(_utf8, byteStart, byteEnd - byteStart);
        return new DiagnosticLocation(Path, charStart, charLength, startLine, startColumn, endLine, endColumn);
    }

    public DiagnosticLocation Locate(JsonNode node) => Locate(node.Start, node.End);

    /// <summary>Locates a point given as a zero-based line and byte column (how System.Text.Json reports errors).</summary>
    public DiagnosticLocation LocateLineByte(int line, int byteInLine)
    {
        var starts = LineStarts();
        var lineStart = line < starts.Count ? starts[line] : _utf8.Length;
        var offset = Clamp(lineStart + byteInLine);
        return Locate(offset, offset);
    }

    private (int Line, int Column) LineAndColumn(int byteOffset)
    {
        var starts = LineStarts();
        var index = starts.BinarySearch(byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(_utf8, starts[line], byteOffset - starts[line]);
        return (line, column);
    }

    private List<int> LineStarts()
    {
        if (_lineStarts is null)
        {
            _lineStarts = new List<int> { 0 };
            for (var i = 0; i < _utf8.Length; i++)
            {
                if (_utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        return _lineStarts;
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _utf8.Length ? _utf8.Length : offset;
}
