using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using CodeGen.Runtime.Auth;
using Cg = Bench.DynamoDB;

namespace CodeGen.Benchmarks;

/// <summary>
/// <c>cold-start [runs]</c>: from starting a fresh process to its first DynamoDB GetItem done, under
/// the JIT, for each peer; the median of <c>runs</c> processes (10 by default). Every child is this
/// same program (<c>cold-call &lt;peer&gt;</c>), so runtime start-up is the same for all peers.
/// </summary>
internal static class ColdStart
{
    private static readonly string[] s_peers = ["raw", "codegen", "sdk"];

    public static void Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var medians = new Dictionary<string, double>();
        foreach (var peer in s_peers)
        {
            Launch(peer); // warms the file cache, not measured
            var times = Enumerable.Range(0, runs).Select(_ => Launch(peer)).OrderBy(t => t).ToList();
            medians[peer] = times[times.Count / 2];
            Console.WriteLine($"{peer}: median {medians[peer]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}) over {runs} processes");
        }

        Console.WriteLine($"codegen / raw: {medians["codegen"] / medians["raw"]:F2}; sdk / raw: {medians["sdk"] / medians["raw"]:F2}");
    }

    /// <summary>The child: one call, then "done" on standard output.</summary>
    public static void Call(string peer)
    {
        var handler = new InMemoryHandler(DynamoDbBenchmarks.s_getResponse, "application/x-amz-json-1.0");
        var item = peer switch
        {
            "codegen" => CodeGen(handler).GetAwaiter().GetResult(),
            "sdk" => Sdk(handler).GetAwaiter().GetResult(),
            _ => Raw(handler).GetAwaiter().GetResult(),
        };
        Console.Out.WriteLine(item > 0 ? "done" : "failed");
        Console.Out.Flush();
    }

    private static double Launch(string peer)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        start.ArgumentList.Add("cold-call");
        start.ArgumentList.Add(peer);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        process.WaitForExit();
        return line == "done" ? elapsed : throw new InvalidOperationException(peer + " child said: " + line);
    }

    private static async Task<int> CodeGen(InMemoryHandler handler)
    {
        using var client = new Cg.DynamoDBClient(new Cg.DynamoDBClientOptions
        {
            Endpoint = new Uri("https://dynamodb.us-east-1.amazonaws.com"),
            Region = "us-east-1",
            Credentials = new StaticCredentialsProvider(new CodeGen.Runtime.Auth.AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
            HttpClient = new HttpClient(handler),
        });
        var response = await client.GetItemAsync(new Cg.GetItemInput
        {
            TableName = "users",
            Key = new Dictionary<string, Cg.AttributeValue> { ["pk"] = new() { S = "user#1" } },
            ConsistentRead = true,
        });
        return response.Item?.Count ?? 0;
    }

    private static async Task<int> Sdk(InMemoryHandler handler)
    {
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), new AmazonDynamoDBConfig
        {
            ServiceURL = "https://dynamodb.us-east-1.amazonaws.com",
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new SdkHttpClientFactory(handler),
        });
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = "users",
            Key = new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> { ["pk"] = new() { S = "user#1" } },
            ConsistentRead = true,
        });
        return response.Item?.Count ?? 0;
    }

    private static async Task<int> Raw(InMemoryHandler handler)
    {
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://dynamodb.us-east-1.amazonaws.com/")
        {
            Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("""{"TableName":"users","Key":{"pk":{"S":"user#1"}},"ConsistentRead":true}""")),
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810.GetItem");
        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
