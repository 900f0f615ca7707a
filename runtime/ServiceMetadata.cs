using System;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime;

/// <summary>What the runtime needs to know about a service; generated once per service.</summary>
public sealed class ServiceMetadata
{
    /// <summary>Creates the descriptor.</summary>
    /// <param name="serviceId">The service id (for messages and the user agent).</param>
    /// <param name="endpointPrefix">The host prefix of the default endpoint: <c>https://{endpointPrefix}.{region}.amazonaws.com</c>.</param>
    /// <param name="signingName">The SigV4 service name.</param>
    /// <param name="apiVersion">The model's API version.</param>
    /// <param name="createException">Maps a resolved error code to its modelled exception.</param>
    /// <param name="createServiceException">Builds the per-service base exception, for unknown codes and unparseable responses.</param>
    public ServiceMetadata(
        string serviceId,
        string endpointPrefix,
        string signingName,
        string apiVersion,
        Func<HttpResponseData, ServiceErrorDetails, string?, ServiceException> createException,
        Func<string?, ServiceErrorDetails, Exception?, ServiceException> createServiceException)
    {
        ServiceId = serviceId;
        EndpointPrefix = endpointPrefix;
        SigningName = signingName;
        ApiVersion = apiVersion;
        CreateException = createException;
        CreateServiceException = createServiceException;
    }

    /// <summary>The service id.</summary>
    public string ServiceId { get; }

    /// <summary>The default endpoint's host prefix.</summary>
    public string EndpointPrefix { get; }

    /// <summary>The SigV4 service name.</summary>
    public string SigningName { get; }

    /// <summary>The model's API version.</summary>
    public string ApiVersion { get; }

    /// <summary>Maps a resolved error code (in the details) to its modelled exception.</summary>
    public Func<HttpResponseData, ServiceErrorDetails, string?, ServiceException> CreateException { get; }

    /// <summary>Builds the per-service base exception.</summary>
    public Func<string?, ServiceErrorDetails, Exception?, ServiceException> CreateServiceException { get; }

    /// <summary>
    /// The service moved from the query protocol to JSON and keeps its query error codes
    /// (<c>awsQueryCompatible</c>): errors carry them in <c>x-amzn-query-error</c>.
    /// </summary>
    public bool QueryCompatible { get; init; }

    /// <summary>
    /// The service speaks awsJson1_0 or awsJson1_1, where an error is named by <c>X-Amzn-Errortype</c> or the
    /// body's <c>__type</c>, before any <c>code</c> member (restJson1 reads <c>code</c> first).
    /// </summary>
    public bool AwsJson { get; init; }

    /// <summary>Responses carry a CRC32 of their body in <c>x-amz-crc32</c> (DynamoDB); the client checks it unless told not to.</summary>
    public bool ResponseCrc32 { get; init; }
}
