using System;
using System.Net.Http;
using System.Text;
using BenchmarkDotNet.Attributes;
using CodeGen.Runtime.Auth;

namespace CodeGen.Benchmarks;

/// <summary>SigV4 signing of a typical awsJson request (target: under 2 us and 1 KB).</summary>
[MemoryDiagnoser]
public class SigV4Benchmarks
{
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("""{"TableName":"users","Item":{"pk":{"S":"user#1"}}}""");
    private readonly SigV4Signer _signer = new();
    private readonly AwsCredentials _credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private readonly DateTimeOffset _now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private HttpRequestMessage _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = new HttpRequestMessage(HttpMethod.Post, "https://dynamodb.us-east-1.amazonaws.com/") { Content = new ByteArrayContent(s_body) };
        _request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.PutItem");
        _request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        _data = new CodeGen.Runtime.Http.HttpRequestData { ContentType = "application/x-amz-json-1.0" };
        _data.AppendPath("/");
        _data.AddHeader("X-Amz-Target", "DynamoDB_20120810.PutItem");
        _data.SetBody(s_body);
        _endpoint = CodeGen.Runtime.Http.EndpointParts.From(new Uri("https://dynamodb.us-east-1.amazonaws.com"));
    }

    private CodeGen.Runtime.Http.HttpRequestData _data = null!;
    private CodeGen.Runtime.Http.EndpointParts _endpoint = null!;

    /// <summary>The public path: any HttpRequestMessage, headers enumerated, payload hashed.</summary>
    [Benchmark]
    public void Sign() => _signer.Sign(_request, s_body, _credentials, "us-east-1", "dynamodb", _now);

    /// <summary>The path the runtime takes per attempt: headers known, payload hash computed once per call.</summary>
    [Benchmark]
    public void SignAsTheRuntimeDoes()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://dynamodb.us-east-1.amazonaws.com/");
        _data.Sign(message, _endpoint, _signer, _credentials, "us-east-1", "dynamodb", _now);
    }

    /// <summary>What SignAsTheRuntimeDoes spends outside signing, to subtract.</summary>
    [Benchmark]
    public HttpRequestMessage MessageOnly() => new(HttpMethod.Post, "https://dynamodb.us-east-1.amazonaws.com/");
}
