using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CodeGen.Runtime.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Cg = Bench.DynamoDB;

namespace CodeGen.Benchmarks;

/// <summary>
/// DynamoDB GetItem over real sockets: a Kestrel server on 127.0.0.1 that reads each request and
/// answers with the 10-attribute item, and 16 concurrent callers. Each operation is one call; the
/// ratio of mean times is the inverse ratio of calls per second. Client and server share the machine.
/// </summary>
[MemoryDiagnoser]
public class LoopbackBenchmarks
{
    private const int Callers = 16;
    private const int CallsPerCaller = 32;
    private static readonly byte[] s_request = Encoding.UTF8.GetBytes("""{"TableName":"users","Key":{"pk":{"S":"user#1"}},"ConsistentRead":true}""");

    private WebApplication _server = null!;
    private Uri _address = null!;
    private Cg.DynamoDBClient _codegen = null!;
    private HttpClient _raw = null!;
    private Cg.GetItemInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var response = DynamoDbBenchmarks.s_getResponse;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.Run(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/x-amz-json-1.0";
            context.Response.Headers["x-amzn-RequestId"] = "4S3TK1C6MBF9G3OF4SHKQ1CFOVVV4KQNSO5AEMVJF66Q9ASUAAJG";
            context.Response.ContentLength = response.Length;
            await context.Response.Body.WriteAsync(response);
        });
        _server.StartAsync().GetAwaiter().GetResult();
        _address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        // One connection pool per peer, large enough for every caller.
        _codegen = new Cg.DynamoDBClient(new Cg.DynamoDBClientOptions
        {
            Endpoint = _address,
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(new SocketsHttpHandler()),
        });
        _raw = new HttpClient(new SocketsHttpHandler());
        _input = new Cg.GetItemInput
        {
            TableName = "users",
            Key = new Dictionary<string, Cg.AttributeValue> { ["pk"] = new() { S = "user#1" } },
            ConsistentRead = true,
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _codegen.Dispose();
        _raw.Dispose();
        _server.StopAsync().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task CodeGen() => Concurrently(async () => (await _codegen.GetItemAsync(_input)).Item);

    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task RawHttpClient() => Concurrently(async () =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _address) { Content = new ByteArrayContent(s_request) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.GetItem");
        using var response = await _raw.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    });

    private static Task Concurrently<T>(Func<Task<T>> call) =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerCaller; i++)
            {
                await call();
            }
        })));
}
