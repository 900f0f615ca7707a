using System;

namespace CodeGen.Runtime.Auth;

/// <summary>
/// An error returned by AWS STS (for example <c>AccessDenied</c>, <c>ExpiredTokenException</c>,
/// <c>InvalidIdentityToken</c>), with its code, HTTP status, request id and raw XML body.
/// </summary>
public sealed class StsException : ServiceException
{
    /// <summary>Creates the exception from the server's message and the response's details.</summary>
    public StsException(string? message, ServiceErrorDetails? details = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }

    /// <summary>
    /// Whether retrying may succeed: as for any service, plus <c>IDPCommunicationError</c> (the identity
    /// provider of a web identity token did not answer STS), which the SDKs retry.
    /// </summary>
    public override bool IsRetryable => base.IsRetryable || ErrorCode == "IDPCommunicationError";
}
