using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CodeGen.Runtime;
using CodeGen.Services.Tests.Fakes;
using Services.DynamoDB;
using Xunit;

namespace CodeGen.Services.Tests;

/// <summary>What goes on the wire to DynamoDB: set values, false and 0 included, are sent; absent values read as null; CRC32 is checked.</summary>
public sealed class DynamoDbWireTests : IAsyncLifetime
{
    private readonly FakeDynamoDb _fake = new();
    private DynamoDBClient _client = null!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _fake.CreateTable("Music", "Artist");
        _client = Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task TheFakeRejectsAnEmptyAttributeValueAsDynamoDbDoes()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _fake.Address)
        {
            Content = new StringContent("""{"TableName":"Music","Item":{"Artist":{"S":"a"},"Live":{}}}""", Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        request.Headers.Add("X-Amz-Target", "DynamoDB_20120810.PutItem");

        using var response = await http.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Supplied AttributeValue is empty", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeletionProtectionCanBeTurnedOff()
    {
        await _client.UpdateTableAsync(new UpdateTableInput { TableName = "Music", DeletionProtectionEnabled = true });
        Assert.True(_fake.DeletionProtection("Music"));

        var response = await _client.UpdateTableAsync(new UpdateTableInput { TableName = "Music", DeletionProtectionEnabled = false });

        Assert.False(_fake.DeletionProtection("Music"));
        Assert.Contains("\"DeletionProtectionEnabled\":false", _fake.Requests[^1].Body);
        Assert.False(response.TableDescription!.DeletionProtectionEnabled);
    }

    [Fact]
    public async Task ExpectedExistsFalseIsSentAndGuardsTheWrite()
    {
        var put = new PutItemInput
        {
            TableName = "Music",
            Item = new Dictionary<string, AttributeValue> { ["Artist"] = new AttributeValue.S("New") },
            Expected = new Dictionary<string, ExpectedAttributeValue> { ["Artist"] = new ExpectedAttributeValue { Exists = false } },
        };

        await _client.PutItemAsync(put);
        await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => _client.PutItemAsync(put));
        Assert.Contains("\"Expected\":{\"Artist\":{\"Exists\":false}}", _fake.Requests[0].Body);
    }

    [Fact]
    public async Task UnsetMembersAreNotSentAndAbsentMembersReadAsNull()
    {
        var response = await _client.UpdateTableAsync(new UpdateTableInput { TableName = "Music" });

        Assert.DoesNotContain("DeletionProtectionEnabled", _fake.Requests[^1].Body);
        Assert.Null(response.TableDescription!.ItemCount);
        Assert.Null(response.TableDescription.TableSizeBytes);
        Assert.Null(response.TableDescription.BillingModeSummary);
    }

    [Fact]
    public async Task ACorruptedResponseIsRetriedAndTheGoodOneRead()
    {
        _fake.CorruptNextResponses = 1;

        var response = await _client.GetItemAsync(Key("nobody"));

        Assert.Null(response.Item);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task PersistentCorruptionIsAChecksumMismatch()
    {
        _fake.CorruptNextResponses = 10;

        var error = await Assert.ThrowsAsync<ChecksumMismatchException>(() => _client.GetItemAsync(Key("nobody")));

        Assert.Equal("CRC32", error.Algorithm);
        Assert.True(error.IsRetryable);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task TheChecksumCheckCanBeDisabledAsTheAwsSdksAllow()
    {
        _fake.CorruptNextResponses = 1;
        using var client = Client(o => o.DisableValidateResponseChecksum = true);

        await client.GetItemAsync(Key("nobody"));

        Assert.Single(_fake.Requests);
    }

    private DynamoDBClient Client(System.Action<DynamoDBClientOptions>? configure = null)
    {
        var options = Clients.Configure(new DynamoDBClientOptions(), _fake);
        configure?.Invoke(options);
        return new DynamoDBClient(options);
    }

    private static GetItemInput Key(string artist) => new()
    {
        TableName = "Music",
        Key = new Dictionary<string, AttributeValue> { ["Artist"] = new AttributeValue.S(artist) },
    };
}
