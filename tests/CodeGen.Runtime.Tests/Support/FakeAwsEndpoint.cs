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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>One request a fake endpoint received.</summary>
internal sealed record ReceivedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The form-encoded body's fields (STS's query protocol).</summary>
    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");
}

/// <summary>What a fake endpoint answers: a status, a body, headers.</summary>
internal sealed record FakeResponse(int Status, string Body = "", params (string Name, string Value)[] Headers)
{
    public static FakeResponse Json(string body) => new(200, body, ("Content-Type", "application/json"));

    public static FakeResponse Xml(string body) => new(200, body, ("Content-Type", "text/xml"));
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 standing in for an AWS endpoint (IMDS, the container endpoint, STS,
/// SSO). Every request is recorded; a handler decides the answer, and may delay it (to provoke timeouts).
/// </summary>
internal sealed class FakeAwsEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly Func<ReceivedRequest, Task<FakeResponse>> _handler;

    private FakeAwsEndpoint(WebApplication app, Func<ReceivedRequest, Task<FakeResponse>> handler)
    {
        _app = app;
        _handler = handler;
    }

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => _requests.ToArray();

    public static Task<FakeAwsEndpoint> StartAsync(Func<ReceivedRequest, FakeResponse> handler) =>
        StartAsync(request => Task.FromResult(handler(request)));

    public static async Task<FakeAwsEndpoint> StartAsync(Func<ReceivedRequest, Task<FakeResponse>> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var endpoint = new FakeAwsEndpoint(builder.Build(), handler);
        endpoint._app.Run(endpoint.HandleAsync);
        await endpoint._app.StartAsync();
        endpoint.Address = new Uri(endpoint._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return endpoint;
    }

    /// <summary>Requests whose method and path match.</summary>
    public IReadOnlyList<ReceivedRequest> Matching(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body);
        _requests.Enqueue(request);
        FakeResponse response;
        try
        {
            response = await _handler(request);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }
}
