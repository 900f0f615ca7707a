using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Services.Tests.Fakes;
using Services.Kinesis;
using Xunit;

namespace CodeGen.Services.Tests;

/// <summary>Kinesis paginators whose token is not a plain NextToken: the last shard's id, and more_results flags.</summary>
public sealed class KinesisPaginatorTests : IAsyncLifetime
{
    private readonly FakeKinesis _fake = new();
    private KinesisClient _client = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _client = new KinesisClient(Clients.Configure(new KinesisClientOptions(), _fake));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task DescribeStreamPagesFromTheLastShardUntilNoMoreShards()
    {
        _fake.CreateStream("clicks", 5);

        var shards = new List<string>();
        await foreach (var shard in _client.DescribeStreamItemsAsync(new DescribeStreamInput { StreamName = "clicks", Limit = 2 }))
        {
            shards.Add(shard.ShardId);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => "shardId-" + i.ToString("D12")), shards);
        var requests = _fake.Requests.Select(r => r.Json["ExclusiveStartShardId"]?.GetValue<string>()).ToList();
        Assert.Equal([null, "shardId-000000000001", "shardId-000000000003"], requests);
    }

    [Fact]
    public async Task DescribeStreamAllPagesKeepsTheFirstPagesDetailsAndSaysNoMoreShards()
    {
        _fake.CreateStream("clicks", 3);

        var all = await _client.DescribeStreamAllPagesAsync(new DescribeStreamInput { StreamName = "clicks", Limit = 1 });

        Assert.Equal(3, all.StreamDescription.Shards.Count);
        Assert.False(all.StreamDescription.HasMoreShards);
        Assert.Equal("clicks", all.StreamDescription.StreamName);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task ListStreamsStopsWhenTheServiceSaysNoMoreStreamsDespiteAToken()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            _fake.CreateStream(name, 1);
        }

        var names = new List<string>();
        await foreach (var name in _client.ListStreamsItemsAsync(new ListStreamsInput { Limit = 2 }))
        {
            names.Add(name);
        }

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal("2", _fake.Requests[1].Json["NextToken"]!.GetValue<string>());
    }
}
