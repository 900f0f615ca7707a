using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CodeGen.Services.Tests.Fakes;

/// <summary>
/// An in-memory SQS on the awsJson1_0 query-compatible protocol. Queues apply their own defaults when a
/// request leaves a value out (a 30 s delivery delay, a 20 s receive wait), so a dropped 0 is visible.
/// Responses carry the MD5s of message bodies and attributes, computed here by the SQS Developer Guide's
/// algorithm (independently of the client's); <see cref="CorruptBodyDigests"/> and <see cref="CorruptAttributeDigests"/>
/// make them wrong. Errors carry
/// <c>x-amzn-query-error</c> as SQS sends it.
/// </summary>
public sealed class FakeSqs : FakeService
{
    public const int QueueDelaySeconds = 30;
    public const int QueueReceiveWaitSeconds = 20;
    private readonly Dictionary<string, List<Message>> _queues = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _ids;

    /// <summary>Send wrong MD5s of message bodies from now on.</summary>
    public bool CorruptBodyDigests { get; set; }

    /// <summary>Send wrong MD5s of message attributes from now on.</summary>
    public bool CorruptAttributeDigests { get; set; }

    /// <summary>The receive wait each ReceiveMessage ran with (the queue's default when the request named none).</summary>
    public List<int> ReceiveWaits { get; } = new();

    protected override string ContentType => "application/x-amz-json-1.0";

    public string CreateQueue(string name)
    {
        lock (_gate)
        {
            _queues[name] = new List<Message>();
            return Address + "000000000000/" + name;
        }
    }

    protected override JsonObject Handle(string operation, JsonObject input, FakeRequest request)
    {
        lock (_gate)
        {
            return operation switch
            {
                "GetQueueUrl" => GetQueueUrl(input),
                "SendMessage" => Send(Queue(input), input),
                "SendMessageBatch" => SendBatch(input),
                "ReceiveMessage" => Receive(input),
                _ => throw new FakeError(400, "com.amazonaws.sqs#UnsupportedOperation", "Unknown operation " + operation,
                    ("x-amzn-query-error", "AWS.SimpleQueueService.UnsupportedOperation;Sender")),
            };
        }
    }

    private JsonObject GetQueueUrl(JsonObject input)
    {
        var name = input["QueueName"]!.GetValue<string>();
        if (!_queues.ContainsKey(name))
        {
            throw NoSuchQueue();
        }

        return new JsonObject { ["QueueUrl"] = Address + "000000000000/" + name };
    }

    private JsonObject Send(List<Message> queue, JsonObject entry)
    {
        var body = entry["MessageBody"]!.GetValue<string>();
        var attributes = entry["MessageAttributes"]?.AsObject();
        var delay = entry["DelaySeconds"]?.GetValue<int>() ?? QueueDelaySeconds;
        var message = new Message("m-" + ++_ids, body, (JsonObject?)attributes?.DeepClone(), delay);
        queue.Add(message);
        var result = new JsonObject { ["MessageId"] = message.Id, ["MD5OfMessageBody"] = Digest(Md5(Encoding.UTF8.GetBytes(body)), CorruptBodyDigests) };
        if (attributes is { Count: > 0 })
        {
            result["MD5OfMessageAttributes"] = Digest(AttributesMd5(attributes), CorruptAttributeDigests);
        }

        return result;
    }

    private JsonObject SendBatch(JsonObject input)
    {
        var queue = Queue(input);
        var successful = new JsonArray();
        foreach (var entry in input["Entries"]!.AsArray())
        {
            var result = Send(queue, entry!.AsObject());
            result["Id"] = entry["Id"]!.GetValue<string>();
            successful.Add(result);
        }

        return new JsonObject { ["Successful"] = successful, ["Failed"] = new JsonArray() };
    }

    private JsonObject Receive(JsonObject input)
    {
        var queue = Queue(input);
        ReceiveWaits.Add(input["WaitTimeSeconds"]?.GetValue<int>() ?? QueueReceiveWaitSeconds);
        var max = input["MaxNumberOfMessages"]?.GetValue<int>() ?? 1;

        // Delayed messages are not delivered yet; the fake's clock does not move.
        var visible = queue.Where(m => m.DelaySeconds == 0).Take(max).ToList();
        var messages = new JsonArray();
        foreach (var message in visible)
        {
            queue.Remove(message);
            var json = new JsonObject
            {
                ["MessageId"] = message.Id,
                ["ReceiptHandle"] = "rh-" + message.Id,
                ["Body"] = message.Body,
                ["MD5OfBody"] = Digest(Md5(Encoding.UTF8.GetBytes(message.Body)), CorruptBodyDigests),
            };
            if (message.Attributes is { Count: > 0 } attributes)
            {
                json["MessageAttributes"] = attributes.DeepClone();
                json["MD5OfMessageAttributes"] = Digest(AttributesMd5(attributes), CorruptAttributeDigests);
            }

            messages.Add(json);
        }

        return new JsonObject { ["Messages"] = messages };
    }

    private List<Message> Queue(JsonObject input)
    {
        var url = input["QueueUrl"]!.GetValue<string>();
        return _queues.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var queue) ? queue : throw NoSuchQueue();
    }

    private static FakeError NoSuchQueue() => new(400, "com.amazonaws.sqs#QueueDoesNotExist", "The specified queue does not exist.",
        ("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"));

    private static string Digest(byte[] md5, bool corrupt)
    {
        if (corrupt)
        {
            md5[0] ^= 0xFF;
        }

        return Convert.ToHexString(md5).ToLowerInvariant();
    }

    private static byte[] Md5(byte[] data) => MD5.HashData(data);

    /// <summary>The Developer Guide's digest: sorted names; name, type, transport byte and value, each length-prefixed (big-endian).</summary>
    private static byte[] AttributesMd5(JsonObject attributes)
    {
        using var buffer = new MemoryStream();
        foreach (var (name, node) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var value = node!.AsObject();
            Write(buffer, Encoding.UTF8.GetBytes(name));
            Write(buffer, Encoding.UTF8.GetBytes(value["DataType"]!.GetValue<string>()));
            if (value["StringValue"] is { } text)
            {
                buffer.WriteByte(1);
                Write(buffer, Encoding.UTF8.GetBytes(text.GetValue<string>()));
            }
            else if (value["BinaryValue"] is { } binary)
            {
                buffer.WriteByte(2);
                Write(buffer, Convert.FromBase64String(binary.GetValue<string>()));
            }
        }

        return MD5.HashData(buffer.ToArray());
    }

    private static void Write(Stream stream, byte[] bytes)
    {
        stream.WriteByte((byte)(bytes.Length >> 24));
        stream.WriteByte((byte)(bytes.Length >> 16));
        stream.WriteByte((byte)(bytes.Length >> 8));
        stream.WriteByte((byte)bytes.Length);
        stream.Write(bytes);
    }

    private sealed record Message(string Id, string Body, JsonObject? Attributes, int DelaySeconds);
}
