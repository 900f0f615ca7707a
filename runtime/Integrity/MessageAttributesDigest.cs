using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Integrity;

/// <summary>
/// The MD5 of SQS message attributes, as the Amazon SQS Developer Guide specifies it ("Calculating the MD5
/// message digest for message attributes"): attributes sorted by name; for each, the name and the data
/// type (each as a 4-byte big-endian length and UTF-8 bytes), one transport byte (1 string, 2 binary; 3 and 4
/// for the reserved list values, as the AWS SDKs encode them), then the value (length and bytes; each item
/// of a list). Generated SQS clients feed it the attributes they sent or received.
/// </summary>
public sealed class MessageAttributesDigest
{
    private readonly List<(string Name, string DataType, byte Transport, List<byte[]> Values)> _attributes = new();

    /// <summary>Adds one attribute; the first value present (string, binary, string list, binary list) is the one SQS digests.</summary>
    public void Add(string name, string? dataType, string? stringValue, ReadOnlyMemory<byte>? binaryValue,
        IReadOnlyList<string>? stringListValues, IReadOnlyList<ReadOnlyMemory<byte>>? binaryListValues)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var values = new List<byte[]>();
        byte transport;
        if (stringValue is not null)
        {
            transport = 1;
            values.Add(Encoding.UTF8.GetBytes(stringValue));
        }
        else if (binaryValue is { } binary)
        {
            transport = 2;
            values.Add(binary.ToArray());
        }
        else if (stringListValues is { Count: > 0 })
        {
            transport = 3;
            foreach (var item in stringListValues)
            {
                values.Add(Encoding.UTF8.GetBytes(item ?? string.Empty));
            }
        }
        else if (binaryListValues is { Count: > 0 })
        {
            transport = 4;
            foreach (var item in binaryListValues)
            {
                values.Add(item.ToArray());
            }
        }
        else
        {
            transport = 0;
        }

        _attributes.Add((name, dataType ?? string.Empty, transport, values));
    }

    /// <summary>The digest as lowercase hexadecimal, the form SQS returns in <c>MD5OfMessageAttributes</c>.</summary>
    public string ToMd5Hex()
    {
        _attributes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        Span<byte> length = stackalloc byte[4];
        foreach (var (name, dataType, transport, values) in _attributes)
        {
            AppendWithLength(md5, Encoding.UTF8.GetBytes(name), length);
            AppendWithLength(md5, Encoding.UTF8.GetBytes(dataType), length);
            if (transport == 0)
            {
                continue;
            }

            md5.AppendData(new[] { transport });
            foreach (var value in values)
            {
                AppendWithLength(md5, value, length);
            }
        }

        return Convert.ToHexString(md5.GetHashAndReset()).ToLowerInvariant();
    }

    private static void AppendWithLength(IncrementalHash hash, byte[] bytes, Span<byte> length)
    {
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
