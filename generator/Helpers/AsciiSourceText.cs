using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Helpers;

/// <summary>
/// Generated source held as one byte per character: generated code is almost always ASCII, so this
/// halves what a large model's files cost, in the run and in the driver state that keeps them.
/// </summary>
/// <remarks>Only ever created for text whose every character is below U+0080 (see <see cref="SourceWriter.ToSourceTextAndRelease"/>).</remarks>
internal sealed class AsciiSourceText : SourceText
{
    private readonly byte[] _bytes;

    public AsciiSourceText(byte[] bytes) => _bytes = bytes;

    /// <summary>ASCII is valid UTF-8, the encoding the compiler writes generated files with.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _bytes.Length;

    public override char this[int position] => (char)_bytes[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if ((uint)sourceIndex > (uint)_bytes.Length || (uint)count > (uint)(_bytes.Length - sourceIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        for (var i = 0; i < count; i++)
        {
            destination[destinationIndex + i] = (char)_bytes[sourceIndex + i];
        }
    }

    public override string ToString(TextSpan span)
    {
        if (span.End > _bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        return Encoding.ASCII.GetString(_bytes, span.Start, span.Length);
    }
}
