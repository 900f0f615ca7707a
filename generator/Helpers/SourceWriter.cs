using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Helpers;

/// <summary>Builds C# text with tracked indentation (the Roslyn cookbook's advice over SyntaxFactory trees).</summary>
/// <remarks>
/// Text goes into one character buffer per thread, reused from file to file, and interpolated lines
/// (<c>writer.Line($"...")</c>) are written straight into it: emitting a large model then allocates
/// little more than each file's final string.
/// </remarks>
internal sealed class SourceWriter
{
    private const int SpacesPerLevel = 4;
    private const int InitialCapacity = 16 * 1024;

    // Larger buffers are not kept, so one huge file does not pin its memory for the life of the compiler.
    private const int MaxCachedCapacity = 1 << 21;

    [ThreadStatic]
    private static char[]? t_cachedBuffer;

    private char[] _buffer;
    private int _length;
    private int _indentation;

    public SourceWriter()
    {
        _buffer = t_cachedBuffer ?? new char[InitialCapacity];
        t_cachedBuffer = null;
    }

    public int Indentation
    {
        get => _indentation;
        set => _indentation = Math.Max(0, value);
    }

    /// <summary>Writes one line, or each line of a multi-line string, at the current indentation.</summary>
    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            Append('\n');
            return this;
        }

        if (text.IndexOf('\n') < 0)
        {
            AppendIndentation();
            Append(text);
            Append('\n');
            return this;
        }

        WriteLines(text);
        return this;
    }

    /// <summary>Writes one interpolated line at the current indentation without building its string first.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        var contentStart = line.LineStart + (line.Indentation * SpacesPerLevel);
        if (_length == contentStart)
        {
            // Nothing but indentation: an empty line has none.
            _length = line.LineStart;
            Append('\n');
            return this;
        }

        if (Array.IndexOf(_buffer, '\n', contentStart, _length - contentStart) >= 0)
        {
            // A value spanning lines: indent each of them, as Line(string) does.
            var text = new string(_buffer, contentStart, _length - contentStart);
            _length = line.LineStart;
            WriteLines(text);
            return this;
        }

        Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="prefix"/> and <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] as one line.</summary>
    public SourceWriter Line(string prefix, string text, int start, int length)
    {
        AppendIndentation();
        Append(prefix);
        EnsureCapacity(length);
        text.CopyTo(start, _buffer, _length, length);
        _length += length;
        Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope ends.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        _indentation++;
        return new Scope(this, "}");
    }

    /// <summary>Writes an interpolated header, an opening brace, and indents until the returned scope ends.</summary>
    public Scope Block([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        Line(ref header);
        Line("{");
        _indentation++;
        return new Scope(this, "}");
    }

    /// <summary>Opens a brace block ending with <paramref name="closing"/> (for example "};").</summary>
    public Scope Block(string header, string closing)
    {
        Line(header);
        Line("{");
        _indentation++;
        return new Scope(this, closing);
    }

    public override string ToString() => new(_buffer, 0, _length);

    /// <summary>Returns the text and hands the buffer to the next writer on this thread; the writer is unusable afterwards.</summary>
    public SourceText ToSourceTextAndRelease()
    {
        var text = IsAscii() ? new AsciiSourceText(ToAsciiBytes()) : SourceText.From(ToString(), Encoding.UTF8);
        if (_buffer.Length <= MaxCachedCapacity)
        {
            t_cachedBuffer = _buffer;
        }

        _buffer = Array.Empty<char>();
        _length = 0;
        return text;
    }

    private bool IsAscii()
    {
        for (var i = 0; i < _length; i++)
        {
            if (_buffer[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    private byte[] ToAsciiBytes()
    {
        var bytes = new byte[_length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)_buffer[i];
        }

        return bytes;
    }

    private void WriteLines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var lineEnd = end < 0 ? text.Length : end;
            while (lineEnd > start && text[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            if (lineEnd > start)
            {
                AppendIndentation();
                EnsureCapacity(lineEnd - start);
                text.CopyTo(start, _buffer, _length, lineEnd - start);
                _length += lineEnd - start;
            }

            Append('\n');
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }
    }

    private void AppendIndentation()
    {
        var count = _indentation * SpacesPerLevel;
        EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            _buffer[_length + i] = ' ';
        }

        _length += count;
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
    }

    private void Append(string? text)
    {
        if (text is null)
        {
            return;
        }

        EnsureCapacity(text.Length);
        text.CopyTo(0, _buffer, _length, text.Length);
        _length += text.Length;
    }

    private void EnsureCapacity(int additional)
    {
        if (_buffer.Length - _length < additional)
        {
            Grow(additional);
        }
    }

    private void Grow(int additional)
    {
        var grown = new char[Math.Max(Math.Max(_buffer.Length * 2, InitialCapacity), _length + additional)];
        Array.Copy(_buffer, grown, _length);
        _buffer = grown;
    }

    internal readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Scope(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indentation--;
            _writer.Line(_closing);
        }
    }

    /// <summary>Receives the parts of an interpolated line and appends them to the writer's buffer as they come.</summary>
    [InterpolatedStringHandler]
    internal readonly ref struct LineHandler
    {
        private readonly SourceWriter _writer;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            LineStart = writer._length;
            Indentation = writer._indentation;
            writer.AppendIndentation();
            writer.EnsureCapacity(literalLength + (formattedCount * 16));
        }

        internal int LineStart { get; }

        internal int Indentation { get; }

        public void AppendLiteral(string value) => _writer.Append(value);

        public void AppendFormatted(string? value) => _writer.Append(value);

        public void AppendFormatted(char value) => _writer.Append(value);

        public void AppendFormatted(int value)
        {
            if (value >= 0 && value < 10)
            {
                _writer.Append((char)('0' + value));
                return;
            }

            _writer.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        public void AppendFormatted<T>(T value) => _writer.Append(value is IFormattable formattable
            ? formattable.ToString(null, CultureInfo.InvariantCulture)
            : value?.ToString());

        public void AppendFormatted<T>(T value, string? format) => _writer.Append(value is IFormattable formattable
            ? formattable.ToString(format, CultureInfo.InvariantCulture)
            : value?.ToString());
    }
}
