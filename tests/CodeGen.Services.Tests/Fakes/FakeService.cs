using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeGen.Services.Tests.Fakes;

/// <summary>
/// A real Kestrel server on 127.0.0.1 speaking an awsJson service: it reads the operation from
/// <c>X-Amz-Target</c>, records every request, and lets the fake answer with a JSON body (or an error).
/// </summary>
public abstract class FakeService : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<FakeRequest> Requests => _requests.ToArray();

    /// <summary>The JSON content type the service answers with.</summary>
    protected abstract string ContentType { get; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Answers one operation: a JSON body on success, or throws <see cref="FakeError"/>.</summary>
    protected abstract JsonObject Handle(string operation, JsonObject input, FakeRequest request);

    /// <summary>Lets a fake add headers or alter the body bytes it sends (a checksum, a corruption).</summary>
    protected virtual byte[] Finish(HttpResponse response, byte[] body) => body;

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var target = headers.TryGetValue("x-amz-target", out var t) ? t : "";
        var operation = target[(target.IndexOf('.') + 1)..];
        var request = new FakeRequest(operation, headers, Encoding.UTF8.GetString(buffer.ToArray()));
        _requests.Enqueue(request);

        JsonObject reply;
        var status = 200;
        try
        {
            reply = Handle(operation, JsonNode.Parse(request.Body)!.AsObject(), request);
        }
        catch (FakeError error)
        {
            status = error.Status;
            reply = new JsonObject { ["__type"] = error.Type, ["message"] = error.Message };
            foreach (var (name, value) in error.Headers)
            {
                context.Response.Headers[name] = value;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.Headers["x-amzn-RequestId"] = "fake-" + _requests.Count;
        var body = Finish(context.Response, Encoding.UTF8.GetBytes(reply.ToJsonString()));
        await context.Response.Body.WriteAsync(body);
    }
}

/// <summary>A request as the fake received it: the operation, lower-cased headers and the JSON body text.</summary>
public sealed record FakeRequest(string Operation, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}

/// <summary>An error the fake answers with, as the real service would send it.</summary>
public sealed class FakeError(int status, string type, string message, params (string Name, string Value)[] headers) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public (string Name, string Value)[] Headers { get; } = headers;
}
