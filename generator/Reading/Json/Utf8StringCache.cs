using System;
using System.Text.Json;

namespace CodeGen.Generator.Reading.Json;

/// <summary>
/// Returns one string instance for each short UTF-8 token that repeats: a model spells "shape",
/// "documentation" or "String" tens of thousands of times, and one string each is enough.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int MaxLength = 48;
    private const int Capacity = 8192;
    private readonly Entry[] _entries = new Entry[Capacity];

    /// <summary>The current string or property name token of <paramref name="reader"/>, from the cache when it was seen before.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (utf8.Length > MaxLength || reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        var hash = Hash(utf8);
        ref var entry = ref _entries[hash & (Capacity - 1)];
        if (entry.Hash == hash && entry.Utf8 is { } bytes && utf8.SequenceEqual(bytes))
        {
            return entry.Value!;
        }

        // A collision replaces the entry: the cache only has to be right, not complete.
        var value = reader.GetString()!;
        entry = new Entry(hash, utf8.ToArray(), value);
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        // FNV-1a: short keys, no need for more.
        var hash = unchecked((int)2166136261);
        foreach (var b in utf8)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash;
    }

    private readonly struct Entry
    {
        public Entry(int hash, byte[] utf8, string value)
        {
            Hash = hash;
            Utf8 = utf8;
            Value = value;
        }

        public int Hash { get; }

        public byte[]? Utf8 { get; }

        public string? Value { get; }
    }
}
