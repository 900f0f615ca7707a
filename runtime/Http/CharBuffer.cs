using System;
using System.Buffers;

namespace CodeGen.Runtime.Http;

/// <summary>A growable character buffer over pooled arrays: the request target is built without a StringBuilder's allocations.</summary>
internal sealed class CharBuffer : IDisposable
{
    private char[] _chars;

    public CharBuffer(int capacity) => _chars = ArrayPool<char>.Shared.Rent(capacity);

    public int Length { get; set; }

    public char this[int index] => _chars[index];

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(char value)
    {
        Ensure(1);
        _chars[Length++] = value;
    }

    public void Append(string value)
    {
        Ensure(value.Length);
        value.AsSpan().CopyTo(_chars.AsSpan(Length));
        Length += value.Length;
    }

    public string ToString(int start, int length) => new(_chars, start, length);

    public override string ToString() => new(_chars, 0, Length);

    public void Dispose()
    {
        var chars = _chars;
        _chars = Array.Empty<char>();
        Length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Ensure(int extra)
    {
        if (Length + extra <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + extra));
        _chars.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
