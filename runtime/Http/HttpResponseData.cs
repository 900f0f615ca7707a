using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>A fully buffered response, as generated deserializers read it.</summary>
public sealed class HttpResponseData
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;

    /// <summary>Creates a response (used by the runtime, and by tests of generated code).</summary>
    public HttpResponseData(int statusCode, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        _headers = headers.ToList();
        Body = body;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Every header of the response and its content; values of a repeated header joined with ", ".</summary>
    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>The body; generated code copies what it keeps.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The request id the service assigned (<c>x-amzn-RequestId</c>, or <c>x-amz-request-id</c>).</summary>
    public string? RequestId => GetHeader("x-amzn-RequestId") ?? GetHeader("x-amz-request-id");

    /// <summary>A header's value (case-insensitive name), or null.</summary>
    public string? GetHeader(string name)
    {
        foreach (var header in _headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    internal static async Task<HttpResponseData> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in response.Headers)
        {
            headers.Add(new(header.Key, string.Join(", ", header.Value)));
        }

        byte[] body = Array.Empty<byte>();
        if (response.Content is not null)
        {
            foreach (var header in response.Content.Headers)
            {
                headers.Add(new(header.Key, string.Join(", ", header.Value)));
            }

            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        return new HttpResponseData((int)response.StatusCode, headers, body);
    }
}
