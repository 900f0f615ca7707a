using System.Collections.Generic;
using System.Text;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Errors;

/// <summary>Error codes of query-compatible JSON services (SQS) and of awsJson, as botocore and the AWS SDKs read them.</summary>
public class QueryCompatibleErrorTests
{
    private static ServiceMetadata Service(bool queryCompatible, bool awsJson = true) => new(
        "svc", "svc", "svc", "2012-11-05",
        (response, details, message) => details.ErrorCode is "QueueDoesNotExist" || details.JsonErrorCode is "QueueDoesNotExist"
            ? new ModelledException(message, details)
            : new ServiceException(message, details),
        (message, details, inner) => new ServiceException(message, details, inner))
    {
        QueryCompatible = queryCompatible,
        AwsJson = awsJson,
    };

    private static HttpResponseData Response(string body, params (string Name, string Value)[] headers)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in headers)
        {
            list.Add(new(name, value));
        }

        return new HttpResponseData(400, list, Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void TheQueryErrorHeaderGivesTheCodeAndWhoCausedIt()
    {
        var response = Response("""{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}""",
            ("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"));

        var error = ErrorResolver.CreateException(Service(queryCompatible: true), response);

        Assert.IsType<ModelledException>(error);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.ErrorCode);
        Assert.Equal(ServiceErrorType.Sender, error.ErrorType);
        Assert.Equal("gone", error.ErrorMessage);
    }

    [Fact]
    public void ReceiverFaultsAreReported()
    {
        var error = ErrorResolver.CreateException(Service(queryCompatible: true),
            Response("""{"__type":"InternalError"}""", ("x-amzn-query-error", "InternalError;Receiver")));

        Assert.Equal(ServiceErrorType.Receiver, error.ErrorType);
    }

    [Theory]
    [InlineData("NoSeparator")]
    [InlineData(";Sender")]
    [InlineData("A;Sender;Extra")]
    public void AMalformedHeaderIsIgnoredAsBotocoreIgnoresIt(string header)
    {
        var error = ErrorResolver.CreateException(Service(queryCompatible: true),
            Response("""{"__type":"com.amazonaws.sqs#QueueDoesNotExist"}""", ("x-amzn-query-error", header)));

        Assert.Equal("QueueDoesNotExist", error.ErrorCode);
        Assert.Equal(ServiceErrorType.Unknown, error.ErrorType);
    }

    [Fact]
    public void ServicesThatAreNotQueryCompatibleIgnoreTheHeader()
    {
        var error = ErrorResolver.CreateException(Service(queryCompatible: false),
            Response("""{"__type":"com.amazonaws.sqs#QueueDoesNotExist"}""", ("x-amzn-query-error", "Other;Sender")));

        Assert.Equal("QueueDoesNotExist", error.ErrorCode);
        Assert.Equal(ServiceErrorType.Unknown, error.ErrorType);
    }

    [Theory]
    [InlineData(true, "ExceptionShape")]
    [InlineData(false, "OtherExceptionShape")]
    public void AwsJsonNamesTheErrorByTypeBeforeCodeAndRestJsonByCodeFirst(bool awsJson, string expected)
    {
        // botocore's legacy json suite: __type names the error, "Code" is one of its members.
        var error = ErrorResolver.CreateException(Service(queryCompatible: false, awsJson),
            Response("""{"__type":"ExceptionShape","Code":"OtherExceptionShape"}"""));

        Assert.Equal(expected, error.ErrorCode);
    }

    private sealed class ModelledException(string? message, ServiceErrorDetails details) : ServiceException(message, details);
}
