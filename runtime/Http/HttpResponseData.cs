using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>A fully buffered response, as generated deserializers read it.</summary>
public sealed class HttpResponseData
{
    private readonly IReadOnlyList<KeyValuePair<string, string>>? _headers;
    private readonly HttpHeaders? _responseHeaders;
    private readonly HttpHeaders? _contentHeaders;

    /// <summary>Creates a response (used by tests of generated code and by the runtime).</summary>
    public HttpResponseData(int statusCode, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        _headers = headers.ToList();
        Body = body;
    }

    /// <summary>Wraps a received message and its buffered body; headers are read from the message in place.</summary>
    public HttpResponseData(HttpResponseMessage response, ReadOnlyMemory<byte> body)
        : this((int)(response ?? throw new ArgumentNullException(nameof(response))).StatusCode, response.Headers, response.Content?.Headers, body)
    {
    }

    // Reads the message's headers in place: copying them into a list would cost an allocation per header per call.
    private HttpResponseData(int statusCode, HttpHeaders responseHeaders, HttpHeaders? contentHeaders, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        _responseHeaders = responseHeaders;
        _contentHeaders = contentHeaders;
        Body = body;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Every header of the response and its content; values of a repeated header joined with ", ".</summary>
    public IEnumerable<KeyValuePair<string, string>> Headers
    {
        get
        {
            if (_headers is not null)
            {
                return _headers;
            }

            var all = new List<KeyValuePair<string, string>>();
            foreach (var header in _responseHeaders!.NonValidated)
            {
                all.Add(new(header.Key, header.Value.ToString()));
            }

            if (_contentHeaders is not null)
            {
                foreach (var header in _contentHeaders.NonValidated)
                {
                    all.Add(new(header.Key, header.Value.ToString()));
                }
            }

            return all;
        }
    }

    /// <summary>The body; generated code copies what it keeps.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The request id the service assigned (<c>x-amzn-RequestId</c>, or <c>x-amz-request-id</c>).</summary>
    public string? RequestId => GetHeader("x-amzn-RequestId") ?? GetHeader("x-amz-request-id");

    /// <summary>A header's value (case-insensitive name), or null.</summary>
    public string? GetHeader(string name)
    {
        if (_headers is not null)
        {
            string? joined = null;
            foreach (var header in _headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    joined = joined is null ? header.Value : joined + ", " + header.Value;
                }
            }

            return joined;
        }

        if (_responseHeaders!.NonValidated.TryGetValues(name, out var values))
        {
            return values.ToString();
        }

        return _contentHeaders is not null && _contentHeaders.NonValidated.TryGetValues(name, out values) ? values.ToString() : null;
    }

    internal static HttpResponseData From(HttpResponseMessage response, byte[] body) => new(response, body);
}
