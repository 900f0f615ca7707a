using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>A fake transport: records each request (with its body) and answers from a script.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, Task<HttpResponseMessage>>> _script = new();

    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = new();

    public bool Disposed { get; private set; }

    public RecordingHandler Respond(HttpStatusCode status, string body = "{}", params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });
        return this;
    }

    public RecordingHandler Throw(Exception exception)
    {
        _script.Enqueue(_ => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    public RecordingHandler Hang()
    {
        _script.Enqueue(request => Task.Delay(Timeout.Infinite, CancellationToken.None).ContinueWith(_ => new HttpResponseMessage()));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        var next = _script.Count > 1 ? _script.Dequeue() : _script.Count == 1 ? _script.Peek() : (_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") }));
        return await next(request).WaitAsync(cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
