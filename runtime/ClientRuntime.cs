using System;
using System.IO;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Retry;

namespace CodeGen.Runtime;

/// <summary>
/// Runs calls for a generated client. Per call: idempotency tokens, validation, serialization. Per
/// attempt: a fresh HTTP message, SigV4 signing, sending with the attempt timeout, and reading the
/// response. Between attempts: the AWS standard retry mode (backoff with full jitter, retry quota).
/// </summary>
public sealed class ClientRuntime : IDisposable
{
    private const string UserAgent = "CodeGen/0.1.0";
    private readonly ServiceMetadata _service;
    private readonly ClientOptions _options;
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly IAwsCredentialsProvider _credentials;
    private Task<(EndpointParts Endpoint, string? Region)>? _location;
    private readonly RetryQuota? _quota;
    private readonly SigV4Signer _signer = new();
    private readonly object _locationGate = new();

    /// <summary>Creates the runtime of one client.</summary>
    public ClientRuntime(ServiceMetadata service, ClientOptions options)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _ownsHttpClient = options.HttpClient is null;
        _httpClient = options.HttpClient ?? new HttpClient();
        _credentials = options.Credentials ?? new DefaultCredentialsProvider(new CredentialsProviderOptions
        {
            Profile = options.Profile,
            Region = options.Region,
            TimeProvider = options.TimeProvider,
        });
        _quota = options.Retry.UseRetryQuota ? new RetryQuota(options.Retry.RetryQuota) : null;
    }

    /// <summary>Calls <paramref name="operation"/> with <paramref name="request"/>.</summary>
    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(TRequest request, Operation<TRequest, TResponse> operation, CancellationToken cancellationToken)
        where TRequest : class
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        cancellationToken.ThrowIfCancellationRequested();
        request = operation.PrepareRequest(request, _options);
        if (_options.ValidateRequests)
        {
            operation.Validate(request);
        }

        using var http = new HttpRequestData();
        operation.WriteRequest(request, http);
        http.Complete();
        http.FinishBody(_options);

        using var total = _options.Timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (total is not null)
        {
            total.CancelAfter(_options.Timeout!.Value);
        }

        var callToken = total?.Token ?? cancellationToken;
        var retry = _options.Retry;
        var retryCost = 0;
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            var timedOut = false;
            TimeSpan? retryAfter = null;
            HttpResponseData? response = null;
            using (var attemptSource = _options.AttemptTimeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(callToken))
            {
                attemptSource?.CancelAfter(_options.AttemptTimeout!.Value);
                try
                {
                    // Sending is inlined here rather than in a helper: one async state machine per call, not three.
                    var token = attemptSource?.Token ?? callToken;
                    var (endpoint, region) = await LocationAsync(token).ConfigureAwait(false);
                    using var message = http.ToHttpRequestMessage(endpoint);
                    message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
                    if (operation.IsSigned)
                    {
                        var credentials = await _credentials.GetCredentialsAsync(token).ConfigureAwait(false);
                        Sign(message, http, endpoint, credentials, region);
                    }

                    using var received = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                    var body = await received.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                    response = HttpResponseData.From(received, body);
                    failure = null!;
                }
                catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    if (total?.IsCancellationRequested == true)
                    {
                        throw new TimeoutException($"{operation.Name} did not complete within {_options.Timeout}.", ex);
                    }

                    failure = new TimeoutException($"An attempt of {operation.Name} did not complete within {_options.AttemptTimeout?.ToString() ?? "the HttpClient's timeout"}.", ex);
                    timedOut = true;
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
                {
                    failure = ex;
                }
            }

            if (response is not null)
            {
                if (response.StatusCode is >= 200 and < 300)
                {
                    var result = Read(operation, response);
                    _quota?.Release(retryCost > 0 ? retryCost : 1);
                    return result;
                }

                var error = ErrorResolver.CreateException(_service, response);
                if (!error.IsRetryable)
                {
                    throw error;
                }

                failure = error;
                retryAfter = RetryAfter(response);
            }

            var cost = timedOut ? RetryQuota.TimeoutCost : RetryQuota.RetryCost;
            if (attempt >= retry.MaxAttempts || (_quota is not null && !_quota.TryAcquire(cost)))
            {
                throw GiveUp(failure);
            }

            retryCost += cost;
            var delay = Backoff.Delay(attempt, retry, _options.Jitter());
            if (retryAfter is { } hinted && hinted > delay)
            {
                delay = hinted < retry.MaxBackoff ? hinted : retry.MaxBackoff;
            }

            try
            {
                await Task.Delay(delay, _options.TimeProvider, callToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{operation.Name} did not complete within {_options.Timeout}.", ex);
            }
        }
    }

    /// <summary>
    /// The region (the region chain, IMDS last) and endpoint, resolved on the first call and kept; a
    /// failure is not kept, so a later call tries again.
    /// </summary>
    private Task<(EndpointParts Endpoint, string? Region)> LocationAsync(CancellationToken cancellationToken)
    {
        var location = Volatile.Read(ref _location);
        if (location is { IsCompletedSuccessfully: true })
        {
            return location;
        }

        lock (_locationGate)
        {
            // One resolution at a time, however many first calls wait for it.
            if (_location is null || _location.IsFaulted || _location.IsCanceled)
            {
                _location = ResolveLocationAsync();
            }

            location = _location;
        }

        return location.WaitAsync(cancellationToken);
    }

    private async Task<(EndpointParts Endpoint, string? Region)> ResolveLocationAsync()
    {
        var (region, imdsFailure) = await RegionResolver.ResolveAsync(
            _options.Region, _options.Profile, Environment.GetEnvironmentVariable, _options.TimeProvider, CancellationToken.None).ConfigureAwait(false);
        if (region is null && _options.Endpoint is null)
        {
            throw new InvalidOperationException(
                "No region is configured: set ClientOptions.Region, AWS_REGION, or a region in the shared config profile, or set ClientOptions.Endpoint"
                + (imdsFailure is null ? "." : " (" + imdsFailure.TrimEnd('.') + ")."));
        }

        return (EndpointParts.From(EndpointResolver.ResolveEndpoint(_options, _service.EndpointPrefix, region)), region);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private void Sign(HttpRequestMessage message, HttpRequestData http, EndpointParts endpoint, AwsCredentials credentials, string? region)
    {
        if (string.IsNullOrEmpty(region))
        {
            throw new InvalidOperationException("Signing needs a region: set ClientOptions.Region or AWS_REGION.");
        }

        http.Sign(message, endpoint, _signer, credentials, region!, _service.SigningName, _options.TimeProvider.GetUtcNow());
    }

    private TResponse Read<TRequest, TResponse>(Operation<TRequest, TResponse> operation, HttpResponseData response)
        where TRequest : class
    {
        try
        {
            return operation.ReadResponse(response);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException
                                       or OverflowException or NullReferenceException or IndexOutOfRangeException)
        {
            var details = new ServiceErrorDetails(response.StatusCode, null, response.RequestId, response.Body);
            throw _service.CreateServiceException($"The response of {operation.Name} could not be parsed: {ex.Message}", details, ex);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseData response)
    {
        var value = response.GetHeader("x-amz-retry-after") ?? response.GetHeader("Retry-After");
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            // x-amz-retry-after is in milliseconds, Retry-After in seconds.
            return response.GetHeader("x-amz-retry-after") is not null ? TimeSpan.FromMilliseconds(number) : TimeSpan.FromSeconds(number);
        }

        return null;
    }

    private static Exception GiveUp(Exception failure)
    {
        if (failure is ServiceException or TimeoutException)
        {
            return failure;
        }

        // Network failures surface as they were thrown, with their original stack.
        ExceptionDispatchInfo.Capture(failure).Throw();
        return failure;
    }
}
