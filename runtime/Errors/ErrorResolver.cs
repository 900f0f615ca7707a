using System;
using System.Text.Json;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime;

/// <summary>
/// Turns an error response into an exception for the JSON protocols: the code comes from
/// <c>X-Amzn-Errortype</c>, else the body's <c>code</c>, else <c>__type</c> (awsJson: <c>__type</c> before <c>code</c>), with any namespace
/// before '#' and anything after ':' removed (a query-compatible service's <c>x-amzn-query-error</c>
/// code takes precedence); the message from <c>message</c>/<c>Message</c>/<c>errorMessage</c>.
/// A body that is not JSON (a proxy's HTML page, a truncated response) still yields an exception.
/// </summary>
internal static class ErrorResolver
{
    public static ServiceException CreateException(ServiceMetadata service, HttpResponseData response)
    {
        var code = Sanitize(response.GetHeader("X-Amzn-Errortype"));
        string? message = null;
        TryReadBody(response.Body.Span, service.AwsJson, ref code, ref message);
        var details = new ServiceErrorDetails(response.StatusCode, code, response.RequestId, response.Body);
        if (service.QueryCompatible && QueryError(response) is { } queryError)
        {
            // The query error code replaces the JSON one, as the AWS SDKs report it; the JSON code stays
            // available because some models (SQS) name their errors only by it.
            details = details with { ErrorCode = queryError.Code, ErrorType = queryError.Type, JsonErrorCode = code };
            code = queryError.Code;
        }

        if (code is null)
        {
            return service.CreateServiceException(message ?? DefaultMessage(response), details, null);
        }

        try
        {
            return service.CreateException(response, details, message);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            return service.CreateServiceException(message, details, ex);
        }
    }

    /// <summary>Strips a namespace (<c>aws.protocoltests#FooError</c>) and a suffix after ':' (<c>FooError:http://...</c>).</summary>
    public static string? Sanitize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var text = code!.Trim();
        var colon = text.IndexOf(':');
        if (colon >= 0)
        {
            text = text.Substring(0, colon);
        }

        var hash = text.LastIndexOf('#');
        if (hash >= 0)
        {
            text = text.Substring(hash + 1);
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The <c>x-amzn-query-error</c> header of a query-compatible service: <c>Code;Sender</c> or
    /// <c>Code;Receiver</c>. Anything else (no ';', an empty code) is ignored, as botocore does.
    /// </summary>
    public static (string Code, ServiceErrorType Type)? QueryError(HttpResponseData response)
    {
        var header = response.GetHeader("x-amzn-query-error");
        if (header is null)
        {
            return null;
        }

        var separator = header.IndexOf(';');
        if (separator <= 0 || header.IndexOf(';', separator + 1) >= 0)
        {
            return null;
        }

        var code = header.Substring(0, separator).Trim();
        var fault = header.Substring(separator + 1).Trim();
        if (code.Length == 0)
        {
            return null;
        }

        var type = fault switch
        {
            "Sender" => ServiceErrorType.Sender,
            "Receiver" => ServiceErrorType.Receiver,
            _ => ServiceErrorType.Unknown,
        };
        return (code, type);
    }

    private static void TryReadBody(ReadOnlySpan<byte> body, bool awsJson, ref string? code, ref string? message)
    {
        if (body.IsEmpty)
        {
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            string? bodyCode = null;
            string? type = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8) || reader.ValueTextEquals("Code"u8);
                var isType = reader.ValueTextEquals("__type"u8);
                var isMessage = reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("Message"u8) || reader.ValueTextEquals("errorMessage"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && (isCode || isType || isMessage))
                {
                    var value = reader.GetString();
                    if (isCode)
                    {
                        bodyCode ??= value;
                    }
                    else if (isType)
                    {
                        type ??= value;
                    }
                    else
                    {
                        message ??= value;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            // awsJson names the error in __type, so __type wins over a "code" member (which may be the error's own
            // data); restJson1 reads "code" first (botocore and the Smithy protocol tests agree on both orders).
            code ??= awsJson ? Sanitize(type) ?? Sanitize(bodyCode) : Sanitize(bodyCode) ?? Sanitize(type);
        }
        catch (JsonException)
        {
            // Not JSON, or cut short: keep what the headers said; the raw body stays on the exception.
        }
    }

    private static string DefaultMessage(HttpResponseData response) =>
        "The service returned HTTP " + response.StatusCode + " without an error code.";
}
