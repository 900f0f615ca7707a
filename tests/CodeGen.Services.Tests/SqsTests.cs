using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Runtime;
using CodeGen.Services.Tests.Fakes;
using Services.Sqs;
using Xunit;

namespace CodeGen.Services.Tests;

/// <summary>SQS, a query-compatible awsJson1_0 service: zeros that matter, query error codes, and message MD5s.</summary>
public sealed class SqsTests : IAsyncLifetime
{
    private readonly FakeSqs _fake = new();
    private SQSClient _client = null!;
    private string _queue = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _queue = _fake.CreateQueue("orders");
        _client = Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task ZeroDelayAndZeroWaitAreSentSoTheQueueDefaultsDoNotApply()
    {
        await _client.SendMessageAsync(new SendMessageRequest { QueueUrl = _queue, MessageBody = "now", DelaySeconds = 0 });

        var received = await _client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _queue, WaitTimeSeconds = 0 });

        Assert.Equal("now", Assert.Single(received.Messages!).Body);
        Assert.Equal([0], _fake.ReceiveWaits);
        Assert.Contains("\"DelaySeconds\":0", _fake.Requests[0].Body);
    }

    [Fact]
    public async Task UnsetValuesAreLeftToTheQueue()
    {
        await _client.SendMessageAsync(new SendMessageRequest { QueueUrl = _queue, MessageBody = "later" });

        var received = await _client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _queue });

        Assert.Empty(received.Messages!);
        Assert.Equal([FakeSqs.QueueReceiveWaitSeconds], _fake.ReceiveWaits);
        Assert.DoesNotContain("DelaySeconds", _fake.Requests[0].Body);
    }

    [Fact]
    public async Task RequestsAskForQueryCompatibleErrors()
    {
        await _client.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = "orders" });

        Assert.Equal("true", _fake.Requests[0].Headers["x-amzn-query-mode"]);
    }

    [Fact]
    public async Task TheQueryErrorCodeMapsToTheModelledException()
    {
        var error = await Assert.ThrowsAsync<QueueDoesNotExist>(() => _client.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = "missing" }));

        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.ErrorCode);
        Assert.Equal(ServiceErrorType.Sender, error.ErrorType);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("The specified queue does not exist.", error.ErrorMessage);
    }

    [Fact]
    public async Task MessageDigestsAreCheckedOnSendBatchAndReceive()
    {
        var attributes = new Dictionary<string, MessageAttributeValue>
        {
            ["City"] = new() { DataType = "String", StringValue = "Zürich" },
            ["Photo"] = new() { DataType = "Binary", BinaryValue = new byte[] { 1, 2, 3 } },
        };

        var sent = await _client.SendMessageAsync(new SendMessageRequest { QueueUrl = _queue, MessageBody = "one", DelaySeconds = 0, MessageAttributes = attributes });
        var batch = await _client.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = _queue,
            Entries = [new() { Id = "a", MessageBody = "two", DelaySeconds = 0, MessageAttributes = attributes }, new() { Id = "b", MessageBody = "three", DelaySeconds = 0 }],
        });
        var received = await _client.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = _queue, MaxNumberOfMessages = 10, WaitTimeSeconds = 0, MessageAttributeNames = ["All"],
        });

        Assert.NotNull(sent.MD5OfMessageAttributes);
        Assert.Equal(["a", "b"], batch.Successful.Select(s => s.Id));
        Assert.Equal(["one", "two", "three"], received.Messages!.Select(m => m.Body));
        Assert.Equal("Zürich", received.Messages![0].MessageAttributes!["City"].StringValue);
    }

    [Fact]
    public async Task AWrongBodyDigestIsAChecksumMismatch()
    {
        _fake.CorruptBodyDigests = true;

        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() =>
            _client.SendMessageAsync(new SendMessageRequest { QueueUrl = _queue, MessageBody = "hello", DelaySeconds = 0 }));

        Assert.Equal("MD5", error.Algorithm);
        Assert.False(error.IsRetryable);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task AWrongAttributesDigestOnAReceivedMessageIsAChecksumMismatch()
    {
        await _client.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = _queue, MessageBody = "x", DelaySeconds = 0,
            MessageAttributes = new Dictionary<string, MessageAttributeValue> { ["K"] = new() { DataType = "Number", StringValue = "7" } },
        });
        _fake.CorruptAttributeDigests = true;

        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() =>
            _client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = _queue, WaitTimeSeconds = 0, MessageAttributeNames = ["All"] }));

        Assert.Contains("attributes of message 'm-1'", error.Message);
    }

    [Fact]
    public async Task MessageChecksumsCanBeDisabledAsTheAwsSdksAllow()
    {
        _fake.CorruptBodyDigests = true;
        _fake.CorruptAttributeDigests = true;
        using var client = Client(o => o.DisableMessageChecksumValidation = true);

        var sent = await client.SendMessageAsync(new SendMessageRequest { QueueUrl = _queue, MessageBody = "hello", DelaySeconds = 0 });

        Assert.NotNull(sent.MessageId);
    }

    private SQSClient Client(System.Action<SQSClientOptions>? configure = null)
    {
        var options = Clients.Configure(new SQSClientOptions(), _fake);
        configure?.Invoke(options);
        return new SQSClient(options);
    }
}
