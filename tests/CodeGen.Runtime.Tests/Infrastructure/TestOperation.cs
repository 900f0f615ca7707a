using System;
using System.Text.Json;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Json;
using CodeGen.Runtime.Validation;

namespace CodeGen.Runtime.Tests.Infrastructure;

internal sealed record TestRequest(string? Name = null, string? Token = null);

internal sealed record TestResponse(string? Name);

/// <summary>An operation shaped like a generated restJson1 one, with hooks for what each test needs.</summary>
internal sealed class TestOperation : Operation<TestRequest, TestResponse>
{
    private readonly Action<TestRequest, HttpRequestData>? _write;
    private readonly bool _isSigned;

    public TestOperation(Action<TestRequest, HttpRequestData>? write = null, bool isSigned = true)
        : base("TestOperation")
    {
        _write = write;
        _isSigned = isSigned;
    }

    public int PrepareCount { get; private set; }

    public int ValidateCount { get; private set; }

    public override bool IsSigned => _isSigned;

    public override TestRequest PrepareRequest(TestRequest request, ClientOptions options)
    {
        PrepareCount++;
        return request.Token is null ? request with { Token = options.IdempotencyTokenProvider() } : request;
    }

    public override void Validate(TestRequest request)
    {
        ValidateCount++;
        if (request.Name == "")
        {
            var errors = new ValidationErrors();
            errors.Length(new ValidationPath(null, "Name"), request.Name, 1, null);
            throw new RequestValidationException(nameof(TestRequest), errors.ToList());
        }
    }

    public override void WriteRequest(TestRequest request, HttpRequestData http)
    {
        if (_write is not null)
        {
            _write(request, http);
            return;
        }

        http.Method = "POST";
        http.AppendPath("/things");
        http.ContentType = "application/json";
        var writer = http.GetJsonWriter();
        writer.WriteStartObject();
        if (request.Name is not null)
        {
            writer.WriteString("name", request.Name);
        }

        writer.WriteString("clientToken", request.Token);
        writer.WriteEndObject();
    }

    public override TestResponse ReadResponse(HttpResponseData response)
    {
        var reader = new Utf8JsonReader(response.Body.Span);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object.");
        }

        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName)
            {
                name = JsonRead.String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new TestResponse(name);
    }
}
