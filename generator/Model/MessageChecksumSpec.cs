namespace CodeGen.Generator.Model;

/// <summary>Which SQS operation's messages are checked (the AWS SDKs check these three).</summary>
internal enum MessageChecksumKind
{
    /// <summary>SendMessage: the request's body and attributes against the response's MD5s.</summary>
    Send,

    /// <summary>SendMessageBatch: each request entry against the successful result with its id.</summary>
    SendBatch,

    /// <summary>ReceiveMessage: each received message's body and attributes against its own MD5s.</summary>
    Receive,
}

/// <summary>
/// The SQS message checksums an operation verifies, with the C# property names that reach the values
/// (decided once, like every name, in the spec builder).
/// </summary>
/// <param name="Entries">SendMessageBatch: the request's list of entries.</param>
/// <param name="Results">SendMessageBatch: the response's successful results; ReceiveMessage: its messages.</param>
/// <param name="EntryId">SendMessageBatch: the entry id that pairs an entry with its result.</param>
/// <param name="ResultId">SendMessageBatch: the result's entry id; ReceiveMessage: the message id (named in errors).</param>
/// <param name="Body">The message body (of the request, an entry, or a received message).</param>
/// <param name="Attributes">The message attributes map.</param>
/// <param name="BodyMd5">The service's MD5 of the body.</param>
/// <param name="AttributesMd5">The service's MD5 of the attributes.</param>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record MessageChecksumSpec(
    MessageChecksumKind Kind,
    string? Entries,
    string? Results,
    string? EntryId,
    string? ResultId,
    string Body,
    string Attributes,
    string BodyMd5,
    string AttributesMd5,
    MessageAttributeNames Value);

/// <summary>The property names of SQS's MessageAttributeValue.</summary>
/// <remarks>Immutable and structurally equal; otherwise we risk breaking incremental caching.</remarks>
internal sealed record MessageAttributeNames(string DataType, string StringValue, string BinaryValue, string StringListValues, string BinaryListValues);
