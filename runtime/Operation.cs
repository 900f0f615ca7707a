using CodeGen.Runtime.Http;

namespace CodeGen.Runtime;

/// <summary>
/// One operation of a service, implemented by generated code: how to prepare, validate and write a
/// request, and how to read a successful response. Instances are stateless singletons.
/// </summary>
/// <typeparam name="TRequest">The request type (<see cref="object"/> for operations without input).</typeparam>
/// <typeparam name="TResponse">The response type (<see cref="object"/> for operations without output).</typeparam>
public abstract class Operation<TRequest, TResponse>
    where TRequest : class
{
    /// <summary>Creates the operation.</summary>
    /// <param name="name">The model's operation name.</param>
    protected Operation(string name) => Name = name;

    /// <summary>The model's operation name.</summary>
    public string Name { get; }

    /// <summary>Whether requests are signed; false for operations the model marks as unauthenticated.</summary>
    public virtual bool IsSigned => true;

    /// <summary>Runs once per call, before any attempt: fills idempotency tokens so that retries share them.</summary>
    public virtual TRequest PrepareRequest(TRequest request, ClientOptions options) => request;

    /// <summary>Runs once per call when validation is on; throws before anything is sent.</summary>
    public virtual void Validate(TRequest request)
    {
    }

    /// <summary>Writes the request: method, path, query, headers and body.</summary>
    public abstract void WriteRequest(TRequest request, HttpRequestData http);

    /// <summary>Reads a successful (2xx) response.</summary>
    public abstract TResponse ReadResponse(HttpResponseData response);

    /// <summary>
    /// Runs after a successful response is read: checks what the service returned against what was sent
    /// (SQS's message MD5s, for one) and throws <see cref="ChecksumMismatchException"/> when they differ.
    /// </summary>
    public virtual void VerifyResponse(TRequest request, TResponse response, HttpResponseData http, ClientOptions options)
    {
    }
}
