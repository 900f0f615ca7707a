using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// AWS Signature Version 4, checked against the AWS SigV4 test suite. The canonical request and the
/// string to sign are built as UTF-8 in pooled buffers and hashed in place; the derived signing key
/// and the date strings are cached, so signing a request allocates little more than its headers.
/// </summary>
public sealed class SigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const int MaxStackHeaders = 16;
    private SigningKey? _key;
    private DateStamp? _date;

    /// <summary>Signs <paramref name="request"/> in place: adds X-Amz-Date, X-Amz-Security-Token (if any) and Authorization.</summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> payload, AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        var date = Stamp(now);
        var headers = request.Headers;
        if (headers.Contains("Authorization"))
        {
            headers.Remove("Authorization");
        }

        if (headers.Contains("X-Amz-Date"))
        {
            headers.Remove("X-Amz-Date");
        }

        headers.TryAddWithoutValidation("X-Amz-Date", date.AmzDate);
        if (credentials.SessionToken is not null)
        {
            headers.Remove("X-Amz-Security-Token");
            headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        }

        var pairs = ArrayPool<(string Name, string Value)>.Shared.Rent(MaxStackHeaders);
        var count = 0;
        try
        {
            var uri = request.RequestUri!;
            Add(ref pairs, ref count, ("host", uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port.ToString(CultureInfo.InvariantCulture)));
            foreach (var header in headers.NonValidated)
            {
                if (IsSignable(header.Key))
                {
                    Add(ref pairs, ref count, (header.Key, header.Value.ToString()));
                }
            }

            if (request.Content is not null)
            {
                foreach (var header in request.Content.Headers.NonValidated)
                {
                    if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        Add(ref pairs, ref count, (header.Key, header.Value.ToString()));
                    }
                }
            }

            SplitUri(uri, out var path, out var query);
            Span<byte> payloadHash = stackalloc byte[32];
            Sha256(payload, payloadHash);
            var authorization = Authorize(request.Method.Method, path, query, pairs.AsSpan(0, count), payloadHash, credentials, region, service, date);
            headers.TryAddWithoutValidation("Authorization", authorization);
        }
        finally
        {
            Array.Clear(pairs, 0, count);
            ArrayPool<(string, string)>.Shared.Return(pairs);
        }
    }

    /// <summary>
    /// Signs a message whose parts the caller already knows (the runtime's own requests): no header
    /// enumeration, and the payload hash is computed once per call rather than per attempt.
    /// </summary>
    internal void Sign(
        HttpRequestMessage message, string method, string host, ReadOnlySpan<char> path, ReadOnlySpan<char> query,
        IReadOnlyList<KeyValuePair<string, string>> headers, string? contentType, ReadOnlySpan<byte> payloadHash,
        AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        var date = Stamp(now);
        message.Headers.TryAddWithoutValidation("X-Amz-Date", date.AmzDate);
        if (credentials.SessionToken is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        }

        var pairs = ArrayPool<(string Name, string Value)>.Shared.Rent(Math.Max(MaxStackHeaders, headers.Count + 4));
        var count = 0;
        try
        {
            pairs[count++] = ("host", host);
            pairs[count++] = ("x-amz-date", date.AmzDate);
            if (credentials.SessionToken is not null)
            {
                pairs[count++] = ("x-amz-security-token", credentials.SessionToken);
            }

            if (contentType is not null)
            {
                pairs[count++] = ("content-type", contentType);
            }

            for (var i = 0; i < headers.Count; i++)
            {
                pairs[count++] = (headers[i].Key, headers[i].Value);
            }

            message.Headers.TryAddWithoutValidation("Authorization", Authorize(method, path, query, pairs.AsSpan(0, count), payloadHash, credentials, region, service, date));
        }
        finally
        {
            Array.Clear(pairs, 0, count);
            ArrayPool<(string, string)>.Shared.Return(pairs);
        }
    }

    /// <summary>The Authorization header value for <paramref name="request"/> at <paramref name="amzDate"/> (<c>yyyyMMddTHHmmssZ</c>).</summary>
    public string Authorization(SigningRequest request, string payloadHash, AwsCredentials credentials, string region, string service, string amzDate)
    {
        var pairs = ToPairs(request.Headers);
        var hash = Convert.FromHexString(payloadHash);
        return Authorize(request.Method, request.Path, request.Query, pairs, hash, credentials, region, service, new DateStamp(0, amzDate));
    }

    /// <summary>The canonical request, and the signed header list.</summary>
    public static string CanonicalRequest(SigningRequest request, string payloadHash, out string signedHeaders)
    {
        var pairs = ToPairs(request.Headers);
        var hash = Convert.FromHexString(payloadHash);
        var canonical = new Utf8Buffer(512);
        var signed = new Utf8Buffer(128);
        try
        {
            WriteCanonicalRequest(ref canonical, ref signed, request.Method, request.Path, request.Query, pairs, hash);
            signedHeaders = Encoding.UTF8.GetString(signed.Written);
            return Encoding.UTF8.GetString(canonical.Written);
        }
        finally
        {
            canonical.Dispose();
            signed.Dispose();
        }
    }

    /// <summary>The string to sign for a canonical request.</summary>
    public static string StringToSign(string canonicalRequest, string amzDate, string scope) =>
        Algorithm + "\n" + amzDate + "\n" + scope + "\n" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))).ToLowerInvariant();

    /// <summary>The hex SHA-256 of a payload.</summary>
    public static string PayloadHash(ReadOnlySpan<byte> payload) => Convert.ToHexString(SHA256.HashData(payload)).ToLowerInvariant();

    private string Authorize(
        string method, ReadOnlySpan<char> path, ReadOnlySpan<char> query, Span<(string Name, string Value)> headers, ReadOnlySpan<byte> payloadHash,
        AwsCredentials credentials, string region, string service, DateStamp date)
    {
        var key = _key;
        if (key is null || !key.Matches(credentials.SecretAccessKey, date.Date, region, service))
        {
            key = new SigningKey(credentials.SecretAccessKey, date.Date, region, service);
            _key = key;
        }

        var canonical = new Utf8Buffer(512);
        var signed = new Utf8Buffer(128);
        try
        {
            WriteCanonicalRequest(ref canonical, ref signed, method, path, query, headers, payloadHash);
            Span<byte> canonicalHash = stackalloc byte[32];
            Sha256(canonical.Written, canonicalHash);

            // The string to sign reuses the canonical buffer: it is no longer needed.
            canonical.Length = 0;
            canonical.Append(Algorithm);
            canonical.Append((byte)'\n');
            canonical.Append(date.AmzDate);
            canonical.Append((byte)'\n');
            canonical.Append(key.Scope);
            canonical.Append((byte)'\n');
            canonical.AppendHex(canonicalHash);
            Span<byte> signature = stackalloc byte[32];
            key.Sign(canonical.Written, signature);
            return FormatAuthorization(credentials.AccessKeyId, key.Scope, signed.Written, signature);
        }
        finally
        {
            canonical.Dispose();
            signed.Dispose();
        }
    }

    private static void WriteCanonicalRequest(
        ref Utf8Buffer buffer, ref Utf8Buffer signed, string method, ReadOnlySpan<char> path, ReadOnlySpan<char> query,
        Span<(string Name, string Value)> headers, ReadOnlySpan<byte> payloadHash)
    {
        buffer.Append(method);
        buffer.Append((byte)'\n');
        WriteCanonicalPath(ref buffer, path);
        buffer.Append((byte)'\n');
        WriteCanonicalQuery(ref buffer, query);
        buffer.Append((byte)'\n');
        SortByName(headers);
        for (var i = 0; i < headers.Length; i++)
        {
            var (name, value) = headers[i];
            if (i > 0 && string.Equals(headers[i - 1].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                // A repeated header continues the previous line: values joined with ','.
                buffer.Length--;
                buffer.Append((byte)',');
            }
            else
            {
                if (signed.Length > 0)
                {
                    signed.Append((byte)';');
                }

                signed.AppendLower(name);
                buffer.AppendLower(name);
                buffer.Append((byte)':');
            }

            WriteCanonicalValue(ref buffer, value);
            buffer.Append((byte)'\n');
        }

        buffer.Append((byte)'\n');
        buffer.Append(signed.Written);
        buffer.Append((byte)'\n');
        buffer.AppendHex(payloadHash);
    }

    /// <summary>Removes empty, "." and ".." segments, then encodes each segment (again, as non-S3 services require).</summary>
    private static void WriteCanonicalPath(ref Utf8Buffer buffer, ReadOnlySpan<char> path)
    {
        Span<Range> stackSegments = stackalloc Range[32];
        var segments = stackSegments;
        Range[]? rented = null;
        var count = 0;
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                continue;
            }

            var segment = path[start..i];
            if (segment.Length == 0 || segment is ".")
            {
                // nothing
            }
            else if (segment is "..")
            {
                count = Math.Max(0, count - 1);
            }
            else
            {
                if (count == segments.Length)
                {
                    var larger = ArrayPool<Range>.Shared.Rent(segments.Length * 2);
                    segments.CopyTo(larger);
                    if (rented is not null)
                    {
                        ArrayPool<Range>.Shared.Return(rented);
                    }

                    rented = larger;
                    segments = larger;
                }

                segments[count++] = new Range(start, i);
            }

            start = i + 1;
        }

        buffer.Append((byte)'/');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer.Append((byte)'/');
            }

            buffer.AppendEncoded(path[segments[i]]);
        }

        if (count > 0 && path.EndsWith("/"))
        {
            buffer.Append((byte)'/');
        }

        if (rented is not null)
        {
            ArrayPool<Range>.Shared.Return(rented);
        }
    }

    private static void WriteCanonicalQuery(ref Utf8Buffer buffer, ReadOnlySpan<char> query)
    {
        if (query.IsEmpty)
        {
            return;
        }

        var pairs = new List<(string Name, string Value)>();
        var rest = query;
        while (!rest.IsEmpty)
        {
            var ampersand = rest.IndexOf('&');
            var part = ampersand < 0 ? rest : rest[..ampersand];
            rest = ampersand < 0 ? ReadOnlySpan<char>.Empty : rest[(ampersand + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? ReadOnlySpan<char>.Empty : part[(equals + 1)..];
            pairs.Add((Encode(Uri.UnescapeDataString(name.ToString())), Encode(Uri.UnescapeDataString(value.ToString()))));
        }

        pairs.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append((byte)'&');
            }

            buffer.Append(pairs[i].Name);
            buffer.Append((byte)'=');
            buffer.Append(pairs[i].Value);
        }
    }

    /// <summary>Trims the value and collapses runs of whitespace (including folded lines) to one space.</summary>
    private static void WriteCanonicalValue(ref Utf8Buffer buffer, string value)
    {
        var text = value.AsSpan().Trim();
        var pendingSpace = false;
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ' ' or '\t' or '\n' or '\r')
            {
                if (!pendingSpace)
                {
                    buffer.Append(text[runStart..i]);
                    pendingSpace = true;
                }

                continue;
            }

            if (pendingSpace)
            {
                buffer.Append((byte)' ');
                pendingSpace = false;
                runStart = i;
            }
        }

        if (!pendingSpace)
        {
            buffer.Append(text[runStart..]);
        }
    }

    private static string Encode(string value)
    {
        var buffer = new Utf8Buffer(value.Length * 3 + 4);
        try
        {
            buffer.AppendEncoded(value);
            return Encoding.ASCII.GetString(buffer.Written);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static string FormatAuthorization(string accessKeyId, string scope, ReadOnlySpan<byte> signedHeaders, ReadOnlySpan<byte> signature)
    {
        const string credential = Algorithm + " Credential=";
        const string headersLabel = ", SignedHeaders=";
        const string signatureLabel = ", Signature=";
        var length = credential.Length + accessKeyId.Length + 1 + scope.Length + headersLabel.Length + signedHeaders.Length + signatureLabel.Length + 64;
        Span<char> chars = length <= 1024 ? stackalloc char[length] : new char[length];
        var position = 0;
        Write(chars, ref position, credential);
        Write(chars, ref position, accessKeyId);
        chars[position++] = '/';
        Write(chars, ref position, scope);
        Write(chars, ref position, headersLabel);
        position += Encoding.ASCII.GetChars(signedHeaders, chars[position..]);
        Write(chars, ref position, signatureLabel);
        const string hex = "0123456789abcdef";
        foreach (var b in signature)
        {
            chars[position++] = hex[b >> 4];
            chars[position++] = hex[b & 0xF];
        }

        return new string(chars[..position]);
    }

    private static void Write(Span<char> destination, ref int position, string text)
    {
        text.AsSpan().CopyTo(destination[position..]);
        position += text.Length;
    }

    /// <summary>Insertion sort by case-insensitive name (a request has a handful of headers).</summary>
    private static void SortByName(Span<(string Name, string Value)> headers)
    {
        for (var i = 1; i < headers.Length; i++)
        {
            var current = headers[i];
            var j = i - 1;
            while (j >= 0 && string.Compare(headers[j].Name, current.Name, StringComparison.OrdinalIgnoreCase) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }

            headers[j + 1] = current;
        }
    }

    private static (string Name, string Value)[] ToPairs(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var pairs = new (string, string)[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            pairs[i] = (headers[i].Key, headers[i].Value);
        }

        return pairs;
    }

    private static void Add(ref (string Name, string Value)[] pairs, ref int count, (string Name, string Value) pair)
    {
        if (count == pairs.Length)
        {
            var larger = ArrayPool<(string, string)>.Shared.Rent(pairs.Length * 2);
            Array.Copy(pairs, larger, count);
            Array.Clear(pairs, 0, count);
            ArrayPool<(string, string)>.Shared.Return(pairs);
            pairs = larger;
        }

        pairs[count++] = pair;
    }

    private static bool IsSignable(string name) =>
        !(name.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
          || name.Equals("Expect", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Amzn-Trace-Id", StringComparison.OrdinalIgnoreCase));

    /// <summary>Splits the URI we built ourselves into path and query without allocating.</summary>
    private static void SplitUri(Uri uri, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query)
    {
        var text = uri.OriginalString.AsSpan();
        var schemeEnd = text.IndexOf("://");
        var pathStart = schemeEnd < 0 ? -1 : text[(schemeEnd + 3)..].IndexOf('/');
        if (schemeEnd < 0 || pathStart < 0)
        {
            path = uri.AbsolutePath;
            query = uri.Query.AsSpan().TrimStart('?');
            return;
        }

        var rest = text[(schemeEnd + 3 + pathStart)..];
        var fragment = rest.IndexOf('#');
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        var question = rest.IndexOf('?');
        path = question < 0 ? rest : rest[..question];
        query = question < 0 ? ReadOnlySpan<char>.Empty : rest[(question + 1)..];
    }

    // One-shot hashing re-initialises native state every call; a reused incremental hash is about twice as fast.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    private static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        sha.GetHashAndReset(destination);
    }

    private DateStamp Stamp(DateTimeOffset now)
    {
        var second = now.UtcTicks / TimeSpan.TicksPerSecond;
        var date = _date;
        if (date is null || date.Second != second)
        {
            date = new DateStamp(second, now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            _date = date;
        }

        return date;
    }

    /// <summary>An <c>X-Amz-Date</c> value, cached for the second it names.</summary>
    private sealed class DateStamp(long second, string amzDate)
    {
        public long Second { get; } = second;

        public string AmzDate { get; } = amzDate;

        public string Date { get; } = amzDate.Substring(0, 8);
    }

    /// <summary>The derived key and credential scope for one secret, date, region and service.</summary>
    private sealed class SigningKey
    {
        private readonly string _secret;
        private readonly string _date;
        private readonly string _region;
        private readonly string _service;

        public SigningKey(string secret, string date, string region, string service)
        {
            _secret = secret;
            _date = date;
            _region = region;
            _service = service;
            Scope = date + "/" + region + "/" + service + "/aws4_request";
            var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
            Key = HMACSHA256.HashData(key, "aws4_request"u8);
        }

        private IncrementalHash? _hmac;

        public byte[] Key { get; }

        public string Scope { get; }

        /// <summary>HMAC-SHA256 with the key, reusing one keyed instance; concurrent callers take turns or make their own.</summary>
        public void Sign(ReadOnlySpan<byte> data, Span<byte> destination)
        {
            var hmac = System.Threading.Interlocked.Exchange(ref _hmac, null) ?? IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Key);
            hmac.AppendData(data);
            hmac.GetHashAndReset(destination);
            if (System.Threading.Interlocked.CompareExchange(ref _hmac, hmac, null) is not null)
            {
                hmac.Dispose();
            }
        }

        public bool Matches(string secret, string date, string region, string service) =>
            string.Equals(date, _date, StringComparison.Ordinal) && string.Equals(region, _region, StringComparison.Ordinal)
            && string.Equals(service, _service, StringComparison.Ordinal) && string.Equals(secret, _secret, StringComparison.Ordinal);
    }
}
