using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// AWS Signature Version 4 (checked against the AWS SigV4 test suite). The derived signing key is
/// cached per secret, date, region and service, so a steady stream of calls costs one HMAC chain a day.
/// </summary>
public sealed class SigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private SigningKey? _key;

    /// <summary>Signs <paramref name="request"/> in place: adds X-Amz-Date, X-Amz-Security-Token (if any) and Authorization.</summary>
    public void Sign(HttpRequestMessage request, ReadOnlySpan<byte> payload, AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (credentials.SessionToken is not null)
        {
            request.Headers.Remove("X-Amz-Security-Token");
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        }

        var uri = request.RequestUri!;
        var headers = new List<KeyValuePair<string, string>>(8)
        {
            new("host", uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var header in request.Headers)
        {
            if (IsSignable(header.Key))
            {
                headers.Add(new(header.Key, string.Join(",", header.Value)));
            }
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(new(header.Key, string.Join(",", header.Value)));
                }
            }
        }

        var signing = new SigningRequest(request.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(signing, PayloadHash(payload), credentials, region, service, amzDate));
    }

    /// <summary>The Authorization header value for <paramref name="request"/> at <paramref name="amzDate"/> (<c>yyyyMMddTHHmmssZ</c>).</summary>
    public string Authorization(SigningRequest request, string payloadHash, AwsCredentials credentials, string region, string service, string amzDate)
    {
        var date = amzDate.Substring(0, 8);
        var scope = date + "/" + region + "/" + service + "/aws4_request";
        var canonical = CanonicalRequest(request, payloadHash, out var signedHeaders);
        var stringToSign = StringToSign(canonical, amzDate, scope);
        var signature = Signature(stringToSign, credentials.SecretAccessKey, date, region, service);
        return Algorithm + " Credential=" + credentials.AccessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    /// <summary>The canonical request, and the signed header list.</summary>
    public static string CanonicalRequest(SigningRequest request, string payloadHash, out string signedHeaders)
    {
        var builder = new StringBuilder(256);
        builder.Append(request.Method).Append('\n');
        AppendCanonicalPath(builder, request.Path);
        builder.Append('\n');
        AppendCanonicalQuery(builder, request.Query);
        builder.Append('\n');
        signedHeaders = AppendCanonicalHeaders(builder, request.Headers);
        builder.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>The string to sign for a canonical request.</summary>
    public static string StringToSign(string canonicalRequest, string amzDate, string scope) =>
        Algorithm + "\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    /// <summary>The hex SHA-256 of a payload.</summary>
    public static string PayloadHash(ReadOnlySpan<byte> payload) => payload.IsEmpty ? EmptyPayloadHash : Hex(SHA256.HashData(payload));

    private string Signature(string stringToSign, string secret, string date, string region, string service)
    {
        var key = _key;
        if (key is null || !key.Matches(secret, date, region, service))
        {
            key = new SigningKey(secret, date, region, service);
            _key = key;
        }

        Span<byte> signature = stackalloc byte[32];
        HMACSHA256.HashData(key.Key, Encoding.UTF8.GetBytes(stringToSign), signature);
        return Hex(signature);
    }

    private static bool IsSignable(string name) =>
        !(name.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
          || name.Equals("Expect", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Amzn-Trace-Id", StringComparison.OrdinalIgnoreCase));

    /// <summary>Removes "." and ".." segments and empty segments, then encodes each segment (again).</summary>
    private static void AppendCanonicalPath(StringBuilder builder, string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        builder.Append('/');
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            Encode(builder, segments[i]);
        }

        if (segments.Count > 0 && path.EndsWith("/", StringComparison.Ordinal))
        {
            builder.Append('/');
        }
    }

    private static void AppendCanonicalQuery(StringBuilder builder, string query)
    {
        if (query.Length == 0)
        {
            return;
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part.Substring(0, equals);
            var value = equals < 0 ? "" : part.Substring(equals + 1);
            pairs.Add((EncodeToString(Uri.UnescapeDataString(name)), EncodeToString(Uri.UnescapeDataString(value))));
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
                builder.Append('&');
            }

            builder.Append(pairs[i].Name).Append('=').Append(pairs[i].Value);
        }
    }

    private static string AppendCanonicalHeaders(StringBuilder builder, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var name = header.Key.ToLowerInvariant();
            var value = CanonicalValue(header.Value);
            byName[name] = byName.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        var signed = new StringBuilder();
        foreach (var header in byName)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            if (signed.Length > 0)
            {
                signed.Append(';');
            }

            signed.Append(header.Key);
        }

        return signed.ToString();
    }

    /// <summary>Trims the value and collapses runs of whitespace (including folded lines) to one space.</summary>
    private static string CanonicalValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string EncodeToString(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        Encode(builder, value);
        return builder.ToString();
    }

    /// <summary>RFC 3986 encoding as SigV4 defines it: unreserved characters stay, all else is %XX of its UTF-8 bytes.</summary>
    private static void Encode(StringBuilder builder, string value)
    {
        const string hex = "0123456789ABCDEF";
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(hex[b >> 4]).Append(hex[b & 0xF]);
            }
        }
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>The derived key for one secret, date, region and service.</summary>
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
            var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
            Key = HMACSHA256.HashData(key, "aws4_request"u8);
        }

        public byte[] Key { get; }

        public bool Matches(string secret, string date, string region, string service) =>
            ReferenceEquals(secret, _secret) || string.Equals(secret, _secret, StringComparison.Ordinal)
                ? date == _date && region == _region && service == _service
                : false;
    }
}
