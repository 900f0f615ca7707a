using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace CodeGen.Runtime.Http;

/// <summary>
/// A request as generated serializers describe it: written once per call, turned into a fresh
/// <see cref="HttpRequestMessage"/> for each attempt. The body lives in a pooled buffer until the
/// call ends.
/// </summary>
public sealed class HttpRequestData : IDisposable
{
    // Services read UTF-8 JSON; escaping '<' or 'ü' as \u sequences (the HTML-safe default) only costs bytes.
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UriCreationOptions s_asIs = new() { DangerousDisablePathAndQueryCanonicalization = true };

    [ThreadStatic]
    private static Utf8JsonWriter? t_cachedWriter;

    // The request target: the path, then '?' and the query once the first parameter arrives
    // (generated code writes the whole path before any query parameter).
    private readonly CharBuffer _target = new(128);
    private int _pathLength = -1;
    private List<KeyValuePair<string, string>>? _headers;
    private PooledBufferWriter? _buffer;
    private Utf8JsonWriter? _writer;
    private ReadOnlyMemory<byte> _body;
    private string? _contentTypeFromHeader;
    private byte[]? _payloadHash;
    private string? _contentType;

    /// <summary>The HTTP method; POST unless the operation says otherwise.</summary>
    public string Method { get; set; } = "POST";

    /// <summary>A host prefix from the model's endpoint trait, e.g. <c>data.</c>, prepended to the endpoint host.</summary>
    public string? HostPrefix { get; set; }

    /// <summary>The Content-Type of the body; a member bound to the Content-Type header takes precedence.</summary>
    public string? ContentType
    {
        get => _contentTypeFromHeader ?? _contentType;
        set => _contentType = value;
    }

    /// <summary>The operation accepts a gzip-compressed body; the runtime compresses bodies above the configured size.</summary>
    public bool RequestCompression { get; set; }

    /// <summary>The operation requires a Content-MD5 header.</summary>
    public bool ChecksumRequired { get; set; }

    /// <summary>The path written so far, already escaped.</summary>
    public string Path => _target.Length == 0 || _pathLength == 0 ? "/" : _target.ToString(0, _pathLength < 0 ? _target.Length : _pathLength);

    /// <summary>The query written so far, already escaped, without the leading '?'.</summary>
    public string Query => _pathLength < 0 ? string.Empty : _target.ToString(_pathLength + 1, _target.Length - _pathLength - 1);

    /// <summary>The headers added so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The body (empty when none was written); JSON written so far is flushed first.</summary>
    public ReadOnlyMemory<byte> Body
    {
        get
        {
            if (_writer is not null)
            {
                _writer.Flush();
                return _buffer!.WrittenMemory;
            }

            return _body;
        }
    }

    /// <summary>Whether a body was written or set.</summary>
    public bool HasBody => !Body.IsEmpty;

    /// <summary>Appends a literal part of the model's URI template, which is already valid in a URI.</summary>
    public void AppendPath(string escapedLiteral) => _target.Append(escapedLiteral);

    /// <summary>Appends a label value percent-encoded (RFC 3986); a greedy label keeps its slashes.</summary>
    public void AppendLabel(string value, bool greedy) => UriEscaping.AppendEscaped(_target, value, greedy);

    /// <summary>Adds a query parameter; name and value are encoded when the URI is built.</summary>
    public void AddQuery(string name, string value)
    {
        var query = StartQueryParameter();
        UriEscaping.AppendQueryComponent(query, name);
        query.Append('=');
        UriEscaping.AppendQueryComponent(query, value);
    }

    /// <summary>Adds a literal query parameter from the URI template (<c>?flag</c> or <c>?a=b</c>).</summary>
    public void AddQueryLiteral(string name, string? value)
    {
        var query = StartQueryParameter();
        UriEscaping.AppendQueryComponent(query, Uri.UnescapeDataString(name));
        if (value is not null)
        {
            query.Append('=');
            UriEscaping.AppendQueryComponent(query, Uri.UnescapeDataString(value));
        }
    }

    /// <summary>Adds a header; a Content-Type header replaces the body's default content type.</summary>
    public void AddHeader(string name, string value)
    {
        if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            _contentTypeFromHeader = value;
            return;
        }

        (_headers ??= new List<KeyValuePair<string, string>>(4)).Add(new(name, value));
    }

    /// <summary>Returns a writer whose output becomes the body. Call once.</summary>
    public Utf8JsonWriter GetJsonWriter()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        _buffer ??= new PooledBufferWriter();
        var writer = t_cachedWriter;
        t_cachedWriter = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(_buffer, s_writerOptions);
        }
        else
        {
            writer.Reset(_buffer);
        }

        _writer = writer;
        return writer;
    }

    /// <summary>Uses <paramref name="body"/> as the body as is (blob and string payloads).</summary>
    public void SetBody(ReadOnlyMemory<byte> body) => _body = body;

    /// <summary>Finishes writing: flushes the JSON writer and hands it back for reuse on this thread.</summary>
    internal void Complete()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.Flush();
        _body = _buffer!.WrittenMemory;
        _writer.Reset();
        t_cachedWriter = _writer;
        _writer = null;
    }

    /// <summary>Applies what the operation asked for once the body is final: gzip compression, then Content-MD5.</summary>
    internal void FinishBody(ClientOptions options)
    {
        if (RequestCompression && !options.DisableRequestCompression && _body.Length >= options.RequestMinCompressionSizeBytes)
        {
            using var compressed = new System.IO.MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(_body.Span);
            }

            _body = compressed.ToArray();
            AppendContentEncoding("gzip");
        }

        if (ChecksumRequired)
        {
            AddHeader("Content-MD5", Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(_body.Span)));
        }
    }

    /// <summary>Signs an attempt's message from what this request already knows.</summary>
    internal void Sign(HttpRequestMessage message, EndpointParts endpoint, Auth.SigV4Signer signer, Auth.AwsCredentials credentials, string region, string service, DateTimeOffset now)
    {
        if (_payloadHash is null)
        {
            _payloadHash = new byte[32];
            System.Security.Cryptography.SHA256.HashData(_body.Span, _payloadHash);
        }

        var host = string.IsNullOrEmpty(HostPrefix) ? endpoint.Authority : HostPrefix + endpoint.Authority;
        var target = _target.Span;
        var path = _pathLength < 0 ? target : target[.._pathLength];
        var query = _pathLength < 0 ? ReadOnlySpan<char>.Empty : target[(_pathLength + 1)..];
        string? fullPath = null;
        if (endpoint.BasePath.Length > 0 || path.IsEmpty || path[0] != '/')
        {
            fullPath = endpoint.BasePath + "/" + path.TrimStart('/').ToString();
        }

        var hasContent = !_body.IsEmpty || ContentType is not null;
        signer.Sign(message, message.Method.Method, host, fullPath ?? path, query, Headers, hasContent ? ContentType : null, _payloadHash,
            credentials, region, service, now);
    }

    /// <summary>Builds the message for one attempt against <paramref name="endpoint"/>.</summary>
    internal HttpRequestMessage ToHttpRequestMessage(EndpointParts endpoint)
    {
        var message = new HttpRequestMessage(MethodOf(Method), BuildUri(endpoint));
        if (!_body.IsEmpty || ContentType is not null)
        {
            var content = new ReadOnlyMemoryContent(_body);
            if (ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            message.Content = content;
        }

        if (_headers is not null)
        {
            foreach (var header in _headers)
            {
                if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
                {
                    message.Content ??= new ReadOnlyMemoryContent(ReadOnlyMemory<byte>.Empty);
                    message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
        }

        return message;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _target.Dispose();
        _buffer?.Dispose();
        _buffer = null;
    }

    private Uri BuildUri(EndpointParts endpoint)
    {
        var prefix = HostPrefix ?? string.Empty;
        var last = endpoint.Last;
        if (last is not null && _target.Span.SequenceEqual(last.Target) && string.Equals(prefix, last.HostPrefix, StringComparison.Ordinal))
        {
            return last.Uri;
        }

        var needsSlash = _target.Length == 0 || _target[0] != '/';
        var length = endpoint.Scheme.Length + prefix.Length + endpoint.Authority.Length + endpoint.BasePath.Length + (needsSlash ? 1 : 0) + _target.Length;
        var url = string.Create(length, (endpoint, prefix, needsSlash, _target), static (span, state) =>
        {
            var (parts, hostPrefix, slash, target) = state;
            var position = 0;
            Copy(span, ref position, parts.Scheme);
            Copy(span, ref position, hostPrefix);
            Copy(span, ref position, parts.Authority);
            Copy(span, ref position, parts.BasePath);

            if (slash)
            {
                span[position++] = '/';
            }

            target.Span.CopyTo(span[position..]);
        });

        // Everything is escaped already. Canonicalization must stay off: System.Uri would otherwise
        // decode %2E and drop ".." segments, letting a label such as ".." change the path.
        var uri = new Uri(url, s_asIs);
        endpoint.Last = new CachedUri(prefix, _target.ToString(), uri);
        return uri;
    }

    private static void Copy(Span<char> destination, ref int position, string text)
    {
        text.AsSpan().CopyTo(destination[position..]);
        position += text.Length;
    }

    private void AppendContentEncoding(string encoding)
    {
        var headers = _headers ??= new List<KeyValuePair<string, string>>(4);
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Key, "Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                headers[i] = new(headers[i].Key, headers[i].Value + ", " + encoding);
                return;
            }
        }

        headers.Add(new("Content-Encoding", encoding));
    }

    private static HttpMethod MethodOf(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "PATCH" => HttpMethod.Patch,
        "HEAD" => HttpMethod.Head,
        _ => new HttpMethod(method),
    };

    private CharBuffer StartQueryParameter()
    {
        if (_pathLength < 0)
        {
            _pathLength = _target.Length;
            _target.Append('?');
        }
        else
        {
            _target.Append('&');
        }

        return _target;
    }
}
