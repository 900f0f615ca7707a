using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CodeGen.Services.Tests.Fakes;

/// <summary>
/// An in-memory DynamoDB speaking the wire protocol, strict where the real service is: an AttributeValue
/// must set exactly one type (<c>{}</c> is rejected), a parallel Scan needs both Segment and TotalSegments,
/// an Expected entry without Exists needs a Value, and ScanIndexForward defaults to true when absent. Every
/// response carries <c>x-amz-crc32</c> of its body; <see cref="CorruptNextResponses"/> sends a wrong one.
/// </summary>
public sealed class FakeDynamoDb : FakeService
{
    private const string Validation = "com.amazon.coral.validate#ValidationException";
    private static readonly string[] s_types = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"];
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>How many of the next responses carry a wrong <c>x-amz-crc32</c>.</summary>
    public int CorruptNextResponses { get; set; }

    protected override string ContentType => "application/x-amz-json-1.0";

    public void CreateTable(string name, string partitionKey, string? sortKey = null)
    {
        lock (_gate)
        {
            _tables[name] = new Table(partitionKey, sortKey);
        }
    }

    public bool? DeletionProtection(string table)
    {
        lock (_gate)
        {
            return _tables[table].DeletionProtection;
        }
    }

    protected override JsonObject Handle(string operation, JsonObject input, FakeRequest request)
    {
        lock (_gate)
        {
            ValidateAttributeValues(input);
            return operation switch
            {
                "PutItem" => PutItem(input),
                "GetItem" => GetItem(input),
                "Query" => Query(input),
                "Scan" => Scan(input),
                "UpdateTable" => UpdateTable(input),
                _ => throw new FakeError(400, "com.amazon.coral.service#UnknownOperationException", "Unknown operation " + operation),
            };
        }
    }

    protected override byte[] Finish(HttpResponse response, byte[] body)
    {
        var crc = Crc32(body);
        if (CorruptNextResponses > 0)
        {
            CorruptNextResponses--;
            crc ^= 0x5A5A5A5A;
        }

        response.Headers["x-amz-crc32"] = crc.ToString(CultureInfo.InvariantCulture);
        return body;
    }

    private JsonObject PutItem(JsonObject input)
    {
        var table = TableOf(input);
        var item = input["Item"]!.AsObject();
        var key = table.KeyOf(item);
        table.Items.TryGetValue(key, out var existing);
        foreach (var (name, expected) in input["Expected"]?.AsObject() ?? new JsonObject())
        {
            CheckExpected(name, expected!.AsObject(), existing);
        }

        table.Items[key] = (JsonObject)item.DeepClone();
        return new JsonObject();
    }

    private static void CheckExpected(string name, JsonObject expected, JsonObject? existing)
    {
        var present = existing is not null && existing.ContainsKey(name);
        if (expected["Exists"]?.GetValue<bool>() == false)
        {
            if (expected.ContainsKey("Value"))
            {
                throw new FakeError(400, Validation, "One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: " + name);
            }

            if (present)
            {
                throw new FakeError(400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "The conditional request failed");
            }

            return;
        }

        // Exists absent means true, which needs a Value (or a ComparisonOperator).
        var value = expected["Value"];
        if (value is null && !expected.ContainsKey("ComparisonOperator"))
        {
            throw new FakeError(400, Validation, "One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: " + name);
        }

        if (!present || (value is not null && !JsonNode.DeepEquals(existing![name], value)))
        {
            throw new FakeError(400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "The conditional request failed");
        }
    }

    private JsonObject GetItem(JsonObject input)
    {
        var table = TableOf(input);
        return table.Items.TryGetValue(table.KeyOf(input["Key"]!.AsObject()), out var item)
            ? new JsonObject { ["Item"] = item.DeepClone() }
            : new JsonObject();
    }

    /// <summary>Query with a partition-key equality ("#pk = :pk" or "Name = :v"), sort-key order, Limit and ExclusiveStartKey.</summary>
    private JsonObject Query(JsonObject input)
    {
        var table = TableOf(input);
        var condition = input["KeyConditionExpression"]?.GetValue<string>() ?? throw new FakeError(400, Validation, "KeyConditionExpression is required");
        var parts = condition.Split('=', StringSplitOptions.TrimEntries);
        var name = parts[0].StartsWith('#') ? input["ExpressionAttributeNames"]![parts[0]]!.GetValue<string>() : parts[0];
        var value = input["ExpressionAttributeValues"]![parts[1]]!;
        if (name != table.PartitionKey)
        {
            throw new FakeError(400, Validation, "Query condition missed key schema element: " + table.PartitionKey);
        }

        var forward = input["ScanIndexForward"]?.GetValue<bool>() ?? true;
        var matching = table.Items.Values.Where(i => JsonNode.DeepEquals(i[name], value)).ToList();
        matching.Sort((a, b) => table.CompareSortKeys(a, b));
        if (!forward)
        {
            matching.Reverse();
        }

        return Page(table, matching, input);
    }

    /// <summary>Scan, parallel when Segment and TotalSegments are both given (each item belongs to one segment).</summary>
    private JsonObject Scan(JsonObject input)
    {
        var table = TableOf(input);
        var segment = input["Segment"]?.GetValue<int>();
        var total = input["TotalSegments"]?.GetValue<int>();
        if (segment is null != total is null)
        {
            throw new FakeError(400, Validation, segment is null
                ? "The Segment parameter is required but was not present in the request when parameter TotalSegments is present"
                : "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        }

        if (segment is not null && (segment < 0 || segment >= total))
        {
            throw new FakeError(400, Validation, "The Segment parameter is zero-based and must be less than parameter TotalSegments");
        }

        var items = table.Items.Values.Where(i => segment is null || table.SegmentOf(i, total!.Value) == segment).ToList();
        return Page(table, items, input);
    }

    private static JsonObject Page(Table table, List<JsonObject> ordered, JsonObject input)
    {
        var start = 0;
        if (input["ExclusiveStartKey"] is JsonObject startKey)
        {
            var key = table.KeyOf(startKey);
            start = ordered.FindIndex(i => table.KeyOf(i) == key) + 1;
        }

        var limit = input["Limit"]?.GetValue<int>() ?? int.MaxValue;
        var page = ordered.Skip(start).Take(limit).ToList();
        var result = new JsonObject
        {
            ["Items"] = new JsonArray(page.Select(i => (JsonNode)i.DeepClone()).ToArray()),
            ["Count"] = page.Count,
            ["ScannedCount"] = page.Count,
        };
        if (start + page.Count < ordered.Count)
        {
            result["LastEvaluatedKey"] = table.KeyAttributes(page[^1]);
        }

        return result;
    }

    private JsonObject UpdateTable(JsonObject input)
    {
        var name = input["TableName"]!.GetValue<string>();
        var table = TableOf(input);
        if (input["DeletionProtectionEnabled"] is { } protection)
        {
            table.DeletionProtection = protection.GetValue<bool>();
        }

        return new JsonObject
        {
            ["TableDescription"] = new JsonObject
            {
                ["TableName"] = name,
                ["TableStatus"] = "ACTIVE",
                ["DeletionProtectionEnabled"] = table.DeletionProtection ?? false,
            },
        };
    }

    private Table TableOf(JsonObject input)
    {
        var name = input["TableName"]?.GetValue<string>() ?? throw new FakeError(400, Validation, "TableName is required");
        return _tables.TryGetValue(name, out var table)
            ? table
            : throw new FakeError(400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found");
    }

    /// <summary>Rejects what DynamoDB rejects: an AttributeValue with no type set, or several.</summary>
    private static void ValidateAttributeValues(JsonObject input)
    {
        foreach (var field in new[] { "Item", "Key", "ExclusiveStartKey", "ExpressionAttributeValues" })
        {
            foreach (var (_, value) in input[field]?.AsObject() ?? new JsonObject())
            {
                ValidateAttributeValue(value);
            }
        }

        foreach (var (_, expected) in input["Expected"]?.AsObject() ?? new JsonObject())
        {
            if (expected?["Value"] is { } value)
            {
                ValidateAttributeValue(value);
            }
        }
    }

    private static void ValidateAttributeValue(JsonNode? node)
    {
        var value = node as JsonObject ?? throw new FakeError(400, "com.amazon.coral.service#SerializationException", "Start of structure or map found where not expected");
        var types = value.Select(p => p.Key).Where(s_types.Contains).ToList();
        if (types.Count == 0)
        {
            throw new FakeError(400, Validation,
                "One or more parameter values were invalid: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }

        if (types.Count > 1 || value.Count > 1)
        {
            throw new FakeError(400, Validation,
                "One or more parameter values were invalid: Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }

        foreach (var (_, nested) in value["M"]?.AsObject() ?? new JsonObject())
        {
            ValidateAttributeValue(nested);
        }

        foreach (var nested in value["L"]?.AsArray() ?? [])
        {
            ValidateAttributeValue(nested);
        }
    }

    /// <summary>CRC-32 (IEEE), bit by bit: an implementation independent of the client's table-driven one.</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private sealed class Table(string partitionKey, string? sortKey)
    {
        public string PartitionKey { get; } = partitionKey;

        public Dictionary<string, JsonObject> Items { get; } = new(StringComparer.Ordinal);

        public bool? DeletionProtection { get; set; }

        public string KeyOf(JsonObject item) =>
            (item[PartitionKey]?.ToJsonString() ?? throw new FakeError(400, Validation, "One of the required keys was not given a value")) +
            "|" + (sortKey is null ? "" : item[sortKey]?.ToJsonString());

        public JsonObject KeyAttributes(JsonObject item)
        {
            var key = new JsonObject { [PartitionKey] = item[PartitionKey]!.DeepClone() };
            if (sortKey is not null)
            {
                key[sortKey] = item[sortKey]!.DeepClone();
            }

            return key;
        }

        public int CompareSortKeys(JsonObject a, JsonObject b)
        {
            if (sortKey is null)
            {
                return 0;
            }

            var x = a[sortKey]!.AsObject();
            var y = b[sortKey]!.AsObject();
            return x["N"] is { } n
                ? decimal.Parse(n.GetValue<string>(), CultureInfo.InvariantCulture).CompareTo(decimal.Parse(y["N"]!.GetValue<string>(), CultureInfo.InvariantCulture))
                : string.CompareOrdinal(x["S"]?.GetValue<string>(), y["S"]?.GetValue<string>());
        }

        public int SegmentOf(JsonObject item, int totalSegments) =>
            (int)(item[PartitionKey]!.ToJsonString().Aggregate(17u, (hash, c) => (hash * 31) + c) % (uint)totalSegments);
    }
}
