using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Tests.Infrastructure;

/// <summary>A fake transport: records every request it receives and answers from a scripted queue.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _responses = new();
    private readonly object _lock = new();

    public List<CapturedRequest> Requests { get; } = new();

    /// <summary>Released once per received request, so tests can act while a request is in flight.</summary>
    public SemaphoreSlim Entered { get; } = new(0);

    public bool IsDisposed { get; private set; }

    public RecordingHandler Respond(int status, string body = "", params (string Name, string Value)[] headers)
    {
        lock (_lock)
        {
            _responses.Enqueue((_, _) => Task.FromResult(CreateResponse(status, body, headers)));
        }

        return this;
    }

    public RecordingHandler Throw(Exception exception)
    {
        lock (_lock)
        {
            _responses.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        }

        return this;
    }

    /// <summary>Never answers; completes only when the request's token is cancelled.</summary>
    public RecordingHandler Hang()
    {
        lock (_lock)
        {
            _responses.Enqueue(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });
        }

        return this;
    }

    public static HttpResponseMessage CreateResponse(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var body = Array.Empty<byte>();
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                headers[header.Key] = header.Value.ToString();
            }

            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder;
        lock (_lock)
        {
            Requests.Add(new CapturedRequest(request.Method.Method, request.RequestUri!, headers, body));
            if (_responses.Count == 0)
            {
                throw new InvalidOperationException("The test did not script a response for request " + Requests.Count + ".");
            }

            responder = _responses.Dequeue();
        }

        Entered.Release();
        return await responder(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}

/// <summary>What the handler saw of one request.</summary>
internal sealed record CapturedRequest(string Method, Uri Uri, Dictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Target => Uri.PathAndQuery;

    public override string ToString() => Method + " " + Uri + " " + string.Join("; ", Headers.Select(h => h.Key + "=" + h.Value));
}
