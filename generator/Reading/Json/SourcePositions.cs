using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// Maps UTF-8 byte offsets of a model file to the character span, line and column a diagnostic needs.
/// The line table (byte and character offset of each line start) is built once, on first use, so
/// each lookup costs a binary search plus the length of one line.
/// </summary>
internal sealed class SourcePositions
{
    private readonly byte[] _utf8;
    private List<int>? _lineStarts;
    private List<int>? _lineCharStarts;
    private List<int>? _checkpoints;
    private const int CheckpointShift = 12;

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
        var (startLine, startColumn, charStart) = Position(byteStart);
        var (endLine, endColumn, charEnd) = Position(byteEnd);
        return new DiagnosticLocation(Path, charStart, charEnd - charStart, startLine, startColumn, endLine, endColumn);
    }

    public DiagnosticLocation Locate(JsonNode node) => Locate(node.Start, node.End);

    /// <summary>Locates a point given as a zero-based line and byte column (how System.Text.Json reports errors).</summary>
    public DiagnosticLocation LocateLineByte(int line, int byteInLine)
    {
        BuildLines();
        var lineStart = line < _lineStarts!.Count ? _lineStarts[line] : _utf8.Length;
        var offset = Clamp(lineStart + byteInLine);
        return Locate(offset, offset);
    }

    private (int Line, int Column, int CharOffset) Position(int byteOffset)
    {
        BuildLines();
        var index = _lineStarts!.BinarySearch(byteOffset);
        var line = index >= 0 ? index : ~index - 1;
        var charOffset = CharOffset(byteOffset);
        return (line, charOffset - _lineCharStarts![line], charOffset);
    }

    private void BuildLines()
    {
        if (_lineStarts is not null)
        {
            return;
        }

        var starts = new List<int> { 0 };
        var charStarts = new List<int> { 0 };
        var checkpoints = new List<int>();
        var chars = 0;
        for (var i = 0; i < _utf8.Length; i++)
        {
            var b = _utf8[i];
            if ((i & ((1 << CheckpointShift) - 1)) == 0)
            {
                // Character offsets every 4 KB keep lookups cheap even in a minified, one-line model.
                checkpoints.Add(chars);
            }

            // Count UTF-16 code units: every byte that starts a sequence is one, a 4-byte sequence is two.
            if ((b & 0xC0) != 0x80)
            {
                chars += b >= 0xF0 ? 2 : 1;
            }

            if (b == (byte)'\n')
            {
                starts.Add(i + 1);
                charStarts.Add(chars);
            }
        }

        _checkpoints = checkpoints;
        _lineCharStarts = charStarts;
        _lineStarts = starts;
    }

    /// <summary>UTF-16 offset of a byte offset: the nearest checkpoint plus the characters started since.</summary>
    private int CharOffset(int byteOffset)
    {
        var checkpoint = byteOffset >> CheckpointShift;
        if (checkpoint >= _checkpoints!.Count)
        {
            checkpoint = _checkpoints.Count - 1;
        }

        if (checkpoint < 0)
        {
            return 0;
        }

        var chars = _checkpoints[checkpoint];
        for (var i = checkpoint << CheckpointShift; i < byteOffset; i++)
        {
            var b = _utf8[i];
            if ((b & 0xC0) != 0x80)
            {
                chars += b >= 0xF0 ? 2 : 1;
            }
        }

        return chars;
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _utf8.Length ? _utf8.Length : offset;
}
