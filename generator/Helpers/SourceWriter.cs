using System;
using System.Text;

namespace CodeGen.Generator.Helpers;

/// <summary>Builds C# text with tracked indentation (the Roslyn cookbook's advice over SyntaxFactory trees).</summary>
internal sealed class SourceWriter
{
    private const int SpacesPerLevel = 4;
    private readonly StringBuilder _builder = new();
    private int _indentation;

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
            _builder.Append('\n');
            return this;
        }

        if (text.IndexOf('\n') < 0)
        {
            _builder.Append(' ', _indentation * SpacesPerLevel).Append(text).Append('\n');
            return this;
        }

        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            line = line.TrimEnd('\r');
            if (line.Length > 0)
            {
                _builder.Append(' ', _indentation * SpacesPerLevel).Append(line);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

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

    /// <summary>Opens a brace block ending with <paramref name="closing"/> (for example "};").</summary>
    public Scope Block(string header, string closing)
    {
        Line(header);
        Line("{");
        _indentation++;
        return new Scope(this, closing);
    }

    public override string ToString() => _builder.ToString();

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
}
