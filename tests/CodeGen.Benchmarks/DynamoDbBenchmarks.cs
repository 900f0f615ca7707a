using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeGen.Runtime.Auth;
using Cg = Bench.DynamoDB;

namespace CodeGen.Benchmarks;

/// <summary>
/// DynamoDB PutItem and GetItem (awsJson1_0, signed) with a 10-attribute item of every kind (string,
/// number, BOOL false and true, NULL, string set, binary, map, list): marshal, sign, send to an
/// in-memory handler, parse. CodeGen vs the AWS SDK for .NET v4 vs raw HttpClient sending pre-built bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DynamoDbBenchmarks
{
    private const string Endpoint = "https://dynamodb.us-east-1.amazonaws.com";

    private const string ItemJson =
        """{"pk":{"S":"user#1"},"name":{"S":"Ada Lovelace"},"age":{"N":"36"},"active":{"BOOL":false},"verified":{"BOOL":true},"nickname":{"NULL":true},"tags":{"SS":["math","poetry"]},"avatar":{"B":"iVBORw0KGgo="},"address":{"M":{"city":{"S":"London"},"street":{"S":"St James's Square"}}},"history":{"L":[{"S":"1843"},{"N":"1852"}]}}""";

    private static readonly byte[] s_putRequest = Encoding.UTF8.GetBytes(
        """{"TableName":"users","Item":""" + ItemJson + ""","ReturnConsumedCapacity":"TOTAL"}""");
    private static readonly byte[] s_putResponse = Encoding.UTF8.GetBytes("""{"ConsumedCapacity":{"TableName":"users","CapacityUnits":1.0}}""");
    private static readonly byte[] s_getRequest = Encoding.UTF8.GetBytes("""{"TableName":"users","Key":{"pk":{"S":"user#1"}},"ConsistentRead":true}""");
    internal static readonly byte[] s_getResponse = Encoding.UTF8.GetBytes("""{"Item":""" + ItemJson + "}");
    private static readonly byte[] s_avatar = Convert.FromBase64String("iVBORw0KGgo=");

    private InMemoryHandler _putHandler = null!;
    private InMemoryHandler _getHandler = null!;
    private Cg.DynamoDBClient _codegenPut = null!;
    private Cg.DynamoDBClient _codegenGet = null!;
    private AmazonDynamoDBClient _sdkPut = null!;
    private AmazonDynamoDBClient _sdkGet = null!;
    private HttpClient _rawPut = null!;
    private HttpClient _rawGet = null!;
    private Cg.PutItemInput _prebuiltPut = null!;

    [GlobalSetup]
    public void Setup()
    {
        _putHandler = new InMemoryHandler(s_putResponse, "application/x-amz-json-1.0");
        _getHandler = new InMemoryHandler(s_getResponse, "application/x-amz-json-1.0");
        (_codegenPut, _sdkPut, _rawPut) = Clients(_putHandler);
        (_codegenGet, _sdkGet, _rawGet) = Clients(_getHandler);
        _prebuiltPut = CodeGenPutInput();
        SameRequest.Check(_putHandler, "PutItem", s_putRequest, ("CodeGen", CodeGenPutItem), ("AwsSdk", AwsSdkPutItem), ("Raw", RawPutItem));
        SameRequest.Check(_getHandler, "GetItem", s_getRequest, ("CodeGen", CodeGenGetItem), ("AwsSdk", AwsSdkGetItem), ("Raw", RawGetItem));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var client in new IDisposable[] { _codegenPut, _codegenGet, _sdkPut, _sdkGet, _rawPut, _rawGet })
        {
            client.Dispose();
        }
    }

    [Benchmark, BenchmarkCategory("PutItem")]
    public async Task<object?> CodeGenPutItem() => (await _codegenPut.PutItemAsync(CodeGenPutInput())).ConsumedCapacity;

    /// <summary>The library's own cost: the request object built once, outside the loop.</summary>
    [Benchmark, BenchmarkCategory("PutItem")]
    public async Task<object?> CodeGenPutItemPrebuilt() => (await _codegenPut.PutItemAsync(_prebuiltPut)).ConsumedCapacity;

    [Benchmark(Baseline = true), BenchmarkCategory("PutItem")]
    public async Task<object?> AwsSdkPutItem() => (await _sdkPut.PutItemAsync(new PutItemRequest
    {
        TableName = "users",
        Item = SdkItem(),
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    })).ConsumedCapacity;

    [Benchmark, BenchmarkCategory("PutItem")]
    public Task<byte[]> RawPutItem() => Raw(_rawPut, s_putRequest, "DynamoDB_20120810.PutItem");

    [Benchmark, BenchmarkCategory("GetItem")]
    public async Task<object?> CodeGenGetItem() => (await _codegenGet.GetItemAsync(new Cg.GetItemInput
    {
        TableName = "users",
        Key = new Dictionary<string, Cg.AttributeValue> { ["pk"] = new() { S = "user#1" } },
        ConsistentRead = true,
    })).Item;

    [Benchmark(Baseline = true), BenchmarkCategory("GetItem")]
    public async Task<object?> AwsSdkGetItem() => (await _sdkGet.GetItemAsync(new GetItemRequest
    {
        TableName = "users",
        Key = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> { ["pk"] = new() { S = "user#1" } },
        ConsistentRead = true,
    })).Item;

    [Benchmark, BenchmarkCategory("GetItem")]
    public Task<byte[]> RawGetItem() => Raw(_rawGet, s_getRequest, "DynamoDB_20120810.GetItem");

    private static async Task<byte[]> Raw(HttpClient client, byte[] body, string target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint + "/") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static (Cg.DynamoDBClient, AmazonDynamoDBClient, HttpClient) Clients(InMemoryHandler handler) =>
    (
        new Cg.DynamoDBClient(new Cg.DynamoDBClientOptions
        {
            Endpoint = new Uri(Endpoint),
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(handler, disposeHandler: false),
        }),
        new AmazonDynamoDBClient(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), new AmazonDynamoDBConfig
        {
            ServiceURL = Endpoint,
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new SdkHttpClientFactory(handler),
        }),
        new HttpClient(handler, disposeHandler: false)
    );

    private static Cg.PutItemInput CodeGenPutInput() => new()
    {
        TableName = "users",
        Item = new Dictionary<string, Cg.AttributeValue>
        {
            ["pk"] = new() { S = "user#1" },
            ["name"] = new() { S = "Ada Lovelace" },
            ["age"] = new() { N = "36" },
            ["active"] = new() { BOOL = false },
            ["verified"] = new() { BOOL = true },
            ["nickname"] = new() { NULL = true },
            ["tags"] = new() { SS = ["math", "poetry"] },
            ["avatar"] = new() { B = s_avatar },
            ["address"] = new()
            {
                M = new Dictionary<string, Cg.AttributeValue> { ["city"] = new() { S = "London" }, ["street"] = new() { S = "St James's Square" } },
            },
            ["history"] = new() { L = [new() { S = "1843" }, new() { N = "1852" }] },
        },
        ReturnConsumedCapacity = Cg.ReturnConsumedCapacity.Total,
    };

    private static Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> SdkItem() => new()
    {
        ["pk"] = new() { S = "user#1" },
        ["name"] = new() { S = "Ada Lovelace" },
        ["age"] = new() { N = "36" },
        ["active"] = new() { BOOL = false },
        ["verified"] = new() { BOOL = true },
        ["nickname"] = new() { NULL = true },
        ["tags"] = new() { SS = ["math", "poetry"] },
        ["avatar"] = new() { B = new MemoryStream(s_avatar) },
        ["address"] = new()
        {
            M = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> { ["city"] = new() { S = "London" }, ["street"] = new() { S = "St James's Square" } },
        },
        ["history"] = new() { L = [new() { S = "1843" }, new() { N = "1852" }] },
    };
}
