using System;
using System.Collections.Generic;
using System.Text.Json;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Tests.Support;

/// <summary>A hand-written service and operation, shaped like generated ones, to drive <see cref="ClientRuntime"/>.</summary>
internal static class TestService
{
    public static readonly ServiceMetadata Metadata = new(
        "test", "testsvc", "testsvc", "2024-01-01",
        (response, details, message) => details.ErrorCode == "KnownError" ? new KnownErrorException(message, details) : new TestServiceException(message, details),
        (message, details, inner) => new TestServiceException(message, details, inner));

    public static ClientOptions Options(RecordingHandler handler, Action<ClientOptions>? configure = null)
    {
        var options = new ClientOptions
        {
            Endpoint = new Uri("https://test.example.com"),
            Region = "us-west-2",
            Credentials = new CodeGen.Runtime.Auth.StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDTEST", "secret")),
            HttpClient = new System.Net.Http.HttpClient(handler),
            Jitter = () => 0,
        };
        configure?.Invoke(options);
        return options;
    }
}

internal sealed record EchoRequest(string Name, string? Token = null);

internal sealed record EchoResponse(string? Name);

internal sealed class EchoOperation(bool signed = true) : Operation<EchoRequest, EchoResponse>("Echo")
{
    public List<string> Validated { get; } = new();

    public override bool IsSigned => signed;

    public override EchoRequest PrepareRequest(EchoRequest request, ClientOptions options) =>
        request.Token is null ? request with { Token = options.IdempotencyTokenProvider() } : request;

    public override void Validate(EchoRequest request)
    {
        Validated.Add(request.Name);
        if (request.Name.Length == 0)
        {
            throw new Validation.RequestValidationException("EchoRequest", [new Validation.ValidationError("Name", Validation.ValidationErrorKind.Required, "is required.")]);
        }
    }

    public override void WriteRequest(EchoRequest request, HttpRequestData http)
    {
        http.Method = "PUT";
        http.AppendPath("/echo/");
        http.AppendLabel(request.Name, greedy: false);
        http.AddQuery("token", request.Token!);
        http.ContentType = "application/json";
        var writer = http.GetJsonWriter();
        writer.WriteStartObject();
        writer.WriteString("name", request.Name);
        writer.WriteEndObject();
    }

    public override EchoResponse ReadResponse(HttpResponseData response)
    {
        var reader = new Utf8JsonReader(response.Body.Span);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("not an object");
        }

        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName)
            {
                name = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return new EchoResponse(name);
    }
}

internal class TestServiceException(string? message, ServiceErrorDetails details, Exception? inner = null) : ServiceException(message, details, inner);

internal sealed class KnownErrorException(string? message, ServiceErrorDetails details) : TestServiceException(message, details);
