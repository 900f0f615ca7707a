using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Services.Tests.Fakes;
using Services.DynamoDB;
using Xunit;

namespace CodeGen.Services.Tests;

/// <summary>
/// The DynamoDB walkthrough the wire-semantics issue asks for, against a fake as strict as the service:
/// BOOL false and true round trip, a descending Query through the items paginator, a parallel Scan of
/// segment 0, and the combined result of every page.
/// </summary>
public sealed class DynamoDbWalkthroughTests : IAsyncLifetime
{
    private readonly FakeDynamoDb _fake = new();
    private DynamoDBClient _client = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _fake.CreateTable("Music", "Artist", "Track");
        _client = new DynamoDBClient(Clients.Configure(new DynamoDBClientOptions(), _fake));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task BooleanFalseAndTrueRoundTrip()
    {
        await Put("Band", 1, ("Live", new AttributeValue.BOOL(false)));
        await Put("Band", 2, ("Live", new AttributeValue.BOOL(true)));

        var off = await Get("Band", 1);
        var on = await Get("Band", 2);

        Assert.Equal(new AttributeValue.BOOL(false), off["Live"]);
        Assert.Equal(new AttributeValue.BOOL(true), on["Live"]);
        Assert.Contains("\"Live\":{\"BOOL\":false}", _fake.Requests[0].Body);
    }

    [Fact]
    public async Task DescendingQueryThroughTheItemsPaginator()
    {
        for (var track = 1; track <= 5; track++)
        {
            await Put("Band", track);
        }

        await Put("Other", 9);
        var request = new QueryInput
        {
            TableName = "Music",
            KeyConditionExpression = "Artist = :artist",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":artist"] = new AttributeValue.S("Band") },
            ScanIndexForward = false,
            Limit = 2,
        };

        var tracks = new List<string>();
        await foreach (var item in _client.QueryItemsAsync(request))
        {
            tracks.Add(((AttributeValue.N)item["Track"]).Value);
        }

        Assert.Equal(["5", "4", "3", "2", "1"], tracks);
        var queries = _fake.Requests.Where(r => r.Operation == "Query").ToList();
        Assert.Equal(3, queries.Count);
        Assert.All(queries, q => Assert.False(q.Json["ScanIndexForward"]!.GetValue<bool>()));
        Assert.All(queries, q => Assert.Equal(2, q.Json["Limit"]!.GetValue<int>()));
        Assert.Null(queries[0].Json["ExclusiveStartKey"]);
        Assert.Equal("4", queries[1].Json["ExclusiveStartKey"]!["Track"]!["N"]!.GetValue<string>());
        Assert.Equal("2", queries[2].Json["ExclusiveStartKey"]!["Track"]!["N"]!.GetValue<string>());
    }

    [Fact]
    public async Task ParallelScanOfSegmentZero()
    {
        for (var i = 0; i < 12; i++)
        {
            await Put("Artist" + i, 1);
        }

        var first = await _client.ScanAsync(new ScanInput { TableName = "Music", Segment = 0, TotalSegments = 2 });
        var second = await _client.ScanAsync(new ScanInput { TableName = "Music", Segment = 1, TotalSegments = 2 });

        Assert.Contains("\"Segment\":0", _fake.Requests.First(r => r.Operation == "Scan").Body);
        Assert.NotEmpty(first.Items!);
        Assert.Equal(12, first.Items!.Count + second.Items!.Count);
        Assert.Equal(first.Count, first.Items.Count);
    }

    [Fact]
    public async Task AllPagesCombineItemsAndAddCounts()
    {
        for (var track = 1; track <= 5; track++)
        {
            await Put("Band", track);
        }

        var all = await _client.ScanAllPagesAsync(new ScanInput { TableName = "Music", Limit = 2 });

        Assert.Equal(5, all.Items!.Count);
        Assert.Equal(5, all.Count);
        Assert.Equal(5, all.ScannedCount);
        Assert.Null(all.LastEvaluatedKey);
        Assert.Equal(3, _fake.Requests.Count(r => r.Operation == "Scan"));
    }

    private Task<PutItemOutput> Put(string artist, int track, params (string Name, AttributeValue Value)[] attributes)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["Artist"] = new AttributeValue.S(artist),
            ["Track"] = new AttributeValue.N(track.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        foreach (var (name, value) in attributes)
        {
            item[name] = value;
        }

        return _client.PutItemAsync(new PutItemInput { TableName = "Music", Item = item });
    }

    private async Task<IReadOnlyDictionary<string, AttributeValue>> Get(string artist, int track)
    {
        var response = await _client.GetItemAsync(new GetItemInput
        {
            TableName = "Music",
            Key = new Dictionary<string, AttributeValue>
            {
                ["Artist"] = new AttributeValue.S(artist),
                ["Track"] = new AttributeValue.N(track.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            },
        });
        return response.Item ?? throw new InvalidOperationException("no item");
    }
}
