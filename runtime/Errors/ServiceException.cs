using System;
using System.Text;

namespace CodeGen.Runtime;

/// <summary>
/// An error returned by an AWS service. Generated clients throw a per-service subclass, and one
/// subclass per modelled error shape; an unknown error code surfaces as the per-service base type.
/// </summary>
/// <remarks>
/// The exception message never includes credentials or request members; the raw response body is
/// kept only in <see cref="RawBody"/> so nothing the server said is lost.
/// </remarks>
public class ServiceException : Exception
{
    private readonly ServiceErrorDetails _details;

    /// <summary>Creates an exception from the server's message and the response's details.</summary>
    public ServiceException(string? message, ServiceErrorDetails? details = null, Exception? innerException = null)
        : base(FormatMessage(message, details), innerException)
    {
        _details = details ?? ServiceErrorDetails.Empty;
        ErrorMessage = message;
    }

    /// <summary>The HTTP status code of the response, or 0 when none was received.</summary>
    public int StatusCode => _details.StatusCode;

    /// <summary>The error code the service returned (namespace and suffix stripped), if any.</summary>
    public string? ErrorCode => _details.ErrorCode;

    /// <summary>Who caused the error (<c>Sender</c> or <c>Receiver</c>), when the service says; query-compatible services do.</summary>
    public ServiceErrorType ErrorType => _details.ErrorType;

    /// <summary>The request id from <c>x-amzn-RequestId</c> (or an equivalent header), if any.</summary>
    public string? RequestId => _details.RequestId;

    /// <summary>The message the service sent, exactly as sent; <see cref="Exception.Message"/> adds context.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The raw response body, unparsed.</summary>
    public ReadOnlyMemory<byte> RawBody => _details.RawBody;

    /// <summary>The raw response body decoded as UTF-8.</summary>
    public string RawBodyText => _details.RawBody.IsEmpty ? string.Empty : Encoding.UTF8.GetString(_details.RawBody.Span);

    /// <summary>Whether retrying the same request may succeed (5xx, throttling, a transient error code, or modelled as retryable).</summary>
    public virtual bool IsRetryable => IsThrottling || StatusCode >= 500 || ErrorCodes.IsTransient(ErrorCode);

    /// <summary>Whether the service asked the caller to slow down.</summary>
    public virtual bool IsThrottling => StatusCode == 429 || ErrorCodes.IsThrottling(ErrorCode);

    private static string FormatMessage(string? message, ServiceErrorDetails? details)
    {
        var builder = new StringBuilder();
        builder.Append(string.IsNullOrEmpty(message) ? "The service returned an error." : message);
        if (details is null)
        {
            return builder.ToString();
        }

        builder.Append(" (");
        if (details.ErrorCode is not null)
        {
            builder.Append(details.ErrorCode).Append(", ");
        }

        builder.Append("HTTP ").Append(details.StatusCode);
        if (details.RequestId is not null)
        {
            builder.Append(", request id ").Append(details.RequestId);
        }

        return builder.Append(')').ToString();
    }
}
