using System;
using System.Text.Json;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Json;

namespace CodeGen.Runtime.Tests.Infrastructure;

/// <summary>A service shaped like a generated one: a base exception and one modelled error that reads a body member.</summary>
internal static class TestService
{
    public static ServiceMetadata Metadata { get; } = new(
        "test service",
        "testsvc",
        "testsigning",
        "2024-01-01",
        (response, details, message) => details.ErrorCode switch
        {
            "ResourceNotFoundException" => new TestNotFoundException(message, details, ReadResourceId(response)),
            _ => new TestServiceException(message, details),
        },
        (message, details, inner) => new TestServiceException(message, details, inner));

    /// <summary>Reads the modelled member the way generated code would: strictly, throwing on a body that is not JSON.</summary>
    private static string? ReadResourceId(HttpResponseData response)
    {
        var reader = new Utf8JsonReader(response.Body.Span);
        reader.Read();
        string? resourceId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResource = reader.ValueTextEquals("resourceId"u8);
            reader.Read();
            if (isResource)
            {
                resourceId = JsonRead.String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return resourceId;
    }
}

/// <summary>The per-service base exception.</summary>
internal class TestServiceException(string? message, ServiceErrorDetails details, Exception? inner = null)
    : ServiceException(message, details, inner);

/// <summary>A modelled error shape.</summary>
internal sealed class TestNotFoundException(string? message, ServiceErrorDetails details, string? resourceId)
    : TestServiceException(message, details)
{
    public string? ResourceId { get; } = resourceId;
}
