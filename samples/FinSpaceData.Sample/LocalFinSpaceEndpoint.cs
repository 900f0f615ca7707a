using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FinSpaceData.Sample;

/// <summary>
/// A FinSpace-compatible endpoint on loopback implementing UpdateUser and GetUser with the model's
/// semantics, so the sample runs with no AWS account: 404 ResourceNotFoundException for an unknown
/// user, 400 ValidationException for bad input, 403 AccessDeniedException for unsigned requests.
/// </summary>
internal sealed class LocalFinSpaceEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonElement> _users = new();

    private LocalFinSpaceEndpoint(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<LocalFinSpaceEndpoint> StartAsync(params string[] knownUserIds)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var endpoint = new LocalFinSpaceEndpoint(builder.Build());
        foreach (var userId in knownUserIds)
        {
            endpoint._users[userId] = JsonSerializer.SerializeToElement(new { userId, status = "ENABLED", type = "APP_USER" });
        }

        endpoint._app.MapPut("/user/{userId}", endpoint.UpdateUserAsync);
        endpoint._app.MapGet("/user/{userId}", endpoint.GetUser);
        await endpoint._app.StartAsync();
        var address = endpoint._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Address = new Uri(address);
        return endpoint;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> UpdateUserAsync(HttpContext context, string userId)
    {
        if (Unsigned(context) is { } denied)
        {
            return denied;
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        }
        catch (JsonException)
        {
            return Error(400, "ValidationException", "The request body is not valid JSON.", "INVALID_BODY");
        }

        if (body.TryGetProperty("type", out var type) && type.GetString() is not ("SUPER_USER" or "APP_USER"))
        {
            return Error(400, "ValidationException", $"Unknown user type '{type.GetString()}'.", "INVALID_TYPE");
        }

        if (!_users.ContainsKey(userId))
        {
            return Error(404, "ResourceNotFoundException", $"User '{userId}' does not exist.", "USER_NOT_FOUND");
        }

        _users[userId] = body;
        return Results.Json(new { userId });
    }

    private IResult GetUser(HttpContext context, string userId)
    {
        if (Unsigned(context) is { } denied)
        {
            return denied;
        }

        return _users.ContainsKey(userId)
            ? Results.Json(new { userId, status = "ENABLED" })
            : Error(404, "ResourceNotFoundException", $"User '{userId}' does not exist.", "USER_NOT_FOUND");
    }

    private static IResult? Unsigned(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal)
            ? null
            : Error(403, "AccessDeniedException", "The request is not signed with AWS Signature Version 4.", null);

    private static IResult Error(int status, string code, string message, string? reason) => new ErrorResult(status, code, message, reason);

    /// <summary>A restJson1 error: the code in X-Amzn-Errortype and the modelled members in the body.</summary>
    private sealed class ErrorResult(int status, string code, string message, string? reason) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.Headers["X-Amzn-Errortype"] = code;
            context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
            await context.Response.WriteAsJsonAsync(new { message, reason });
        }
    }
}
