using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeGen.FinSpaceData.Tests.Loopback;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that records every request and answers with scripted
/// responses, one per request in order (the last one repeats).
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly object _gate = new();
    private readonly List<Func<HttpContext, Task>> _responses = new();
    private int _served;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LoopbackServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    /// <summary>Queues a response with a JSON (or any) body, and optional headers.</summary>
    public LoopbackServer Respond(int status, string? body = null, params (string Name, string Value)[] headers) =>
        Respond(async context =>
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            if (body is not null)
            {
                await context.Response.WriteAsync(body);
            }
        });

    public LoopbackServer Respond(Func<HttpContext, Task> response)
    {
        lock (_gate)
        {
            _responses.Add(response);
        }

        return this;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived, or the deadline passes.</summary>
    public async Task<bool> WaitForRequestsAsync(int count, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (_requests.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return _requests.Count >= count;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        _requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, headers, body.ToArray()));

        Func<HttpContext, Task> response;
        lock (_gate)
        {
            response = _responses.Count == 0 ? c => { c.Response.StatusCode = 200; return c.Response.WriteAsync("{}"); } : _responses[Math.Min(_served, _responses.Count - 1)];
            _served++;
        }

        await response(context);
    }
}
