using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace CodeGen.Services.Tests.Fakes;

/// <summary>
/// An in-memory Kinesis (awsJson1_1) paging as the service does: DescribeStream returns shards after
/// ExclusiveStartShardId with HasMoreShards, ListStreams returns stream names after NextToken with HasMoreStreams.
/// </summary>
public sealed class FakeKinesis : FakeService
{
    private readonly Dictionary<string, int> _streams = new(StringComparer.Ordinal);

    protected override string ContentType => "application/x-amz-json-1.1";

    public void CreateStream(string name, int shards) => _streams[name] = shards;

    protected override JsonObject Handle(string operation, JsonObject input, FakeRequest request) => operation switch
    {
        "DescribeStream" => DescribeStream(input),
        "ListStreams" => ListStreams(input),
        _ => throw new FakeError(400, "UnknownOperationException", "Unknown operation " + operation),
    };

    private JsonObject DescribeStream(JsonObject input)
    {
        var name = input["StreamName"]!.GetValue<string>();
        if (!_streams.TryGetValue(name, out var count))
        {
            throw new FakeError(400, "ResourceNotFoundException", "Stream " + name + " not found.");
        }

        var ids = Enumerable.Range(0, count).Select(i => "shardId-" + i.ToString("D12", CultureInfo.InvariantCulture)).ToList();
        var after = input["ExclusiveStartShardId"]?.GetValue<string>();
        var start = after is null ? 0 : ids.IndexOf(after) + 1;
        var limit = input["Limit"]?.GetValue<int>() ?? 100;
        var page = ids.Skip(start).Take(limit).ToList();
        return new JsonObject
        {
            ["StreamDescription"] = new JsonObject
            {
                ["StreamName"] = name,
                ["StreamARN"] = "arn:aws:kinesis:us-east-1:000000000000:stream/" + name,
                ["StreamStatus"] = "ACTIVE",
                ["Shards"] = new JsonArray(page.Select(id => (JsonNode)new JsonObject
                {
                    ["ShardId"] = id,
                    ["HashKeyRange"] = new JsonObject { ["StartingHashKey"] = "0", ["EndingHashKey"] = "1" },
                    ["SequenceNumberRange"] = new JsonObject { ["StartingSequenceNumber"] = "1" },
                }).ToArray()),
                ["HasMoreShards"] = start + page.Count < ids.Count,
                ["RetentionPeriodHours"] = 24,
                ["StreamCreationTimestamp"] = 1.7e9,
                ["EnhancedMonitoring"] = new JsonArray(),
            },
        };
    }

    private JsonObject ListStreams(JsonObject input)
    {
        var names = _streams.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
        var start = input["NextToken"] is { } token ? int.Parse(token.GetValue<string>(), CultureInfo.InvariantCulture) : 0;
        var limit = input["Limit"]?.GetValue<int>() ?? 100;
        var page = names.Skip(start).Take(limit).ToList();
        var more = start + page.Count < names.Count;
        var result = new JsonObject
        {
            ["StreamNames"] = new JsonArray(page.Select(n => (JsonNode)n).ToArray()),
            ["HasMoreStreams"] = more,
        };

        // The service still sends a token on its last page: HasMoreStreams is what says it is the last.
        result["NextToken"] = (start + page.Count).ToString(CultureInfo.InvariantCulture);
        return result;
    }
}
