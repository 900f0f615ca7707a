using System;
using System.Buffers;
using System.Text;

namespace CodeGen.Runtime.Auth;

/// <summary>A growable UTF-8 byte buffer over pooled arrays, so signing builds its strings without allocating.</summary>
internal struct Utf8Buffer : IDisposable
{
    private byte[] _array;
    private int _length;

    public Utf8Buffer(int capacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    public int Length
    {
        readonly get => _length;
        set => _length = value;
    }

    public void Append(byte value)
    {
        Ensure(1);
        _array[_length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_array.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends text as UTF-8.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _array.AsSpan(_length));
    }

    /// <summary>Appends ASCII text lower-cased (header names).</summary>
    public void AppendLower(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                _array[_length++] = (byte)(c is >= 'A' and <= 'Z' ? c + 32 : c);
            }
            else
            {
                _length += Encoding.UTF8.GetBytes(char.ToLowerInvariant(c).ToString(), _array.AsSpan(_length));
            }
        }
    }

    /// <summary>Appends bytes as lower-case hex.</summary>
    public void AppendHex(ReadOnlySpan<byte> bytes)
    {
        const string hex = "0123456789abcdef";
        Ensure(bytes.Length * 2);
        foreach (var b in bytes)
        {
            _array[_length++] = (byte)hex[b >> 4];
            _array[_length++] = (byte)hex[b & 0xF];
        }
    }

    /// <summary>Appends text percent-encoded as SigV4 requires: unreserved characters as is, everything else %XX of its UTF-8 bytes.</summary>
    public void AppendEncoded(ReadOnlySpan<char> text)
    {
        const string hex = "0123456789ABCDEF";
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
            {
                var b = utf8[i];
                var c = (char)b;
                Ensure(3);
                if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_' or '~')
                {
                    _array[_length++] = b;
                }
                else
                {
                    _array[_length++] = (byte)'%';
                    _array[_length++] = (byte)hex[b >> 4];
                    _array[_length++] = (byte)hex[b & 0xF];
                }
            }
        }
    }

    public void Dispose()
    {
        var array = _array;
        _array = Array.Empty<byte>();
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + extra));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
