using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Conformance.Tests.Runner;

/// <summary>Records what the client sends and answers with a canned response, without any network.</summary>
internal sealed class CapturingHandler(int status, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    public byte[]? RequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        RequestBody = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body), RequestMessage = request };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        // Only the canned headers: otherwise .NET reports a computed Content-Length nobody sent.
        if (!headers.Any(h => h.Key.Equals("Content-Length", System.StringComparison.OrdinalIgnoreCase)))
        {
            response.Content.Headers.ContentLength = null;
        }

        return response;
    }
}
