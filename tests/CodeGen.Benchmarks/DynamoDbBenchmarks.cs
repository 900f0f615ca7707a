using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using CodeGen.Runtime.Auth;

namespace CodeGen.Benchmarks;

/// <summary>
/// One DynamoDB PutItem (awsJson1_0, signed) per call: marshal, sign, send to an in-memory handler,
/// parse. CodeGen vs the AWS SDK for .NET v4 vs raw HttpClient sending pre-built bytes.
/// </summary>
[MemoryDiagnoser]
public class DynamoDbBenchmarks
{
    private static readonly byte[] s_response = Encoding.UTF8.GetBytes("""{"ConsumedCapacity":{"TableName":"users","CapacityUnits":1.0}}""");
    private static readonly byte[] s_rawRequest = Encoding.UTF8.GetBytes(
        """{"TableName":"users","Item":{"pk":{"S":"user#1"},"name":{"S":"Ada Lovelace"},"age":{"N":"36"}},"ReturnConsumedCapacity":"TOTAL"}""");

    private Bench.DynamoDB.DynamoDBClient _codegen = null!;
    private AmazonDynamoDBClient _sdk = null!;
    private HttpClient _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryHandler(s_response, "application/x-amz-json-1.0");
        _codegen = new Bench.DynamoDB.DynamoDBClient(new Bench.DynamoDB.DynamoDBClientOptions
        {
            Endpoint = new Uri("https://dynamodb.us-east-1.amazonaws.com"),
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(handler, disposeHandler: false),
        });
        _sdk = new AmazonDynamoDBClient(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), new AmazonDynamoDBConfig
        {
            ServiceURL = "https://dynamodb.us-east-1.amazonaws.com",
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new SdkHttpClientFactory(handler),
        });
        _raw = new HttpClient(handler, disposeHandler: false);
        _prebuilt = new Bench.DynamoDB.PutItemInput
        {
            TableName = "users",
            Item = new Dictionary<string, Bench.DynamoDB.AttributeValue>
            {
                ["pk"] = new Bench.DynamoDB.AttributeValue.S("user#1"),
                ["name"] = new Bench.DynamoDB.AttributeValue.S("Ada Lovelace"),
                ["age"] = new Bench.DynamoDB.AttributeValue.N("36"),
            },
            ReturnConsumedCapacity = Bench.DynamoDB.ReturnConsumedCapacity.Total,
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _codegen.Dispose();
        _sdk.Dispose();
        _raw.Dispose();
    }

    private Bench.DynamoDB.PutItemInput _prebuilt = null!;

    /// <summary>The library's own cost: the same call with the request object built once, outside the loop.</summary>
    [Benchmark]
    public async Task<object?> CodeGenPrebuiltRequest() => (await _codegen.PutItemAsync(_prebuilt)).ConsumedCapacity;

    [Benchmark]
    public async Task<object?> CodeGen()
    {
        var response = await _codegen.PutItemAsync(new Bench.DynamoDB.PutItemInput
        {
            TableName = "users",
            Item = new Dictionary<string, Bench.DynamoDB.AttributeValue>
            {
                ["pk"] = new Bench.DynamoDB.AttributeValue.S("user#1"),
                ["name"] = new Bench.DynamoDB.AttributeValue.S("Ada Lovelace"),
                ["age"] = new Bench.DynamoDB.AttributeValue.N("36"),
            },
            ReturnConsumedCapacity = Bench.DynamoDB.ReturnConsumedCapacity.Total,
        });
        return response.ConsumedCapacity;
    }

    [Benchmark(Baseline = true)]
    public async Task<object?> AwsSdk()
    {
        var response = await _sdk.PutItemAsync(new PutItemRequest
        {
            TableName = "users",
            Item = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>
            {
                ["pk"] = new Amazon.DynamoDBv2.Model.AttributeValue { S = "user#1" },
                ["name"] = new Amazon.DynamoDBv2.Model.AttributeValue { S = "Ada Lovelace" },
                ["age"] = new Amazon.DynamoDBv2.Model.AttributeValue { N = "36" },
            },
            ReturnConsumedCapacity = Amazon.DynamoDBv2.ReturnConsumedCapacity.TOTAL,
        });
        return response.ConsumedCapacity;
    }

    [Benchmark]
    public async Task<object?> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://dynamodb.us-east-1.amazonaws.com/") { Content = new ByteArrayContent(s_rawRequest) };
        using var response = await _raw.SendAsync(request);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
