namespace CodeGen.Runtime;

/// <summary>Who caused an error, as a query-compatible service reports it (the AWS SDK for .NET's <c>ErrorType</c>).</summary>
public enum ServiceErrorType
{
    /// <summary>The response did not say.</summary>
    Unknown,

    /// <summary>The request was at fault (<c>Sender</c>).</summary>
    Sender,

    /// <summary>The service was at fault (<c>Receiver</c>).</summary>
    Receiver,
}
