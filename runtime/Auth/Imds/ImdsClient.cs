using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth.Imds;

/// <summary>
/// Reads the EC2 instance metadata service the way the AWS SDKs do: an IMDSv2 session token from
/// <c>PUT /latest/api/token</c> (six hours, cached and reused), sent as <c>x-aws-ec2-metadata-token</c>
/// on each GET. When the token request is refused as unsupported (403, 404, 405) or gets no answer in
/// time (botocore: a container whose hop limit drops the PUT's response), it falls back to IMDSv1
/// unless that is disabled. A 401 means the token went stale: one new token, one more try.
/// </summary>
internal sealed class ImdsClient
{
    public const string TokenPath = "latest/api/token";
    private const int TokenTtlSeconds = 21600;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private (string Value, DateTimeOffset Expires)? _token;

    public ImdsClient(ImdsSettings settings, HttpClient http, TimeProvider time)
    {
        Settings = settings;
        _http = http;
        _time = time;
    }

    public ImdsSettings Settings { get; }

    /// <summary>The body of <c>GET {endpoint}/{path}</c>; a 404 is <see cref="ImdsException.IsNotFound"/>.</summary>
    public async Task<string> GetAsync(string path, CancellationToken cancellationToken)
    {
        if (Settings.Disabled)
        {
            throw new ImdsException("it is disabled (AWS_EC2_METADATA_DISABLED=true).", null);
        }

        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var renewedToken = false;
        ImdsException? last = null;
        for (var attempt = 1; attempt <= Settings.Attempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Settings.Endpoint, path));
            if (token is not null)
            {
                request.Headers.TryAddWithoutValidation("x-aws-ec2-metadata-token", token);
            }

            var (status, body, failure) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (status == HttpStatusCode.OK && body.Length > 0)
            {
                return body;
            }

            if (status == HttpStatusCode.NotFound)
            {
                throw new ImdsException("GET /" + path + " returned 404 Not Found.", 404);
            }

            if (status == HttpStatusCode.Unauthorized && token is not null && !renewedToken)
            {
                // The session token expired or was revoked: one new token, and this attempt again.
                Invalidate();
                token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
                renewedToken = true;
                attempt--;
                continue;
            }

            last = failure ?? new ImdsException(
                "GET /" + path + (status == HttpStatusCode.OK ? " returned an empty body." : " returned HTTP " + (int)status + "."), (int)status);
        }

        throw last!;
    }

    private async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Renewed a minute early so that a token never expires between here and the GET.
            if (_token is { } cached && cached.Expires - TimeSpan.FromMinutes(1) > _time.GetUtcNow())
            {
                return cached.Value;
            }
        }

        ImdsException? last = null;
        for (var attempt = 1; attempt <= Settings.Attempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Settings.Endpoint, TokenPath));
            request.Headers.TryAddWithoutValidation("x-aws-ec2-metadata-token-ttl-seconds", TokenTtlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var fetchedAt = _time.GetUtcNow();
            var (status, body, failure) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (status == HttpStatusCode.OK && body.Length > 0)
            {
                lock (_gate)
                {
                    _token = (body, fetchedAt + TimeSpan.FromSeconds(TokenTtlSeconds));
                }

                return body;
            }

            if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
            {
                return FallBackToV1("the token request returned HTTP " + (int)status);
            }

            if (status == HttpStatusCode.BadRequest)
            {
                throw new ImdsException("the token request was rejected (HTTP 400).", 400);
            }

            last = failure ?? new ImdsException("the token request returned HTTP " + (int)status + ".", (int)status);
            if (last.TimedOut)
            {
                return FallBackToV1("the token request got no answer within " + Seconds(Settings.Timeout));
            }
        }

        return FallBackToV1(last!.Message.TrimEnd('.'));
    }

    private string? FallBackToV1(string why) =>
        Settings.V1Disabled
            ? throw new ImdsException("no IMDSv2 session token (" + why + ") and IMDSv1 is disabled (ec2_metadata_v1_disabled).", null)
            : null;

    private void Invalidate()
    {
        lock (_gate)
        {
            _token = null;
        }
    }

    /// <summary>Sends with the per-request timeout; a network failure or timeout becomes the third element.</summary>
    private async Task<(HttpStatusCode Status, string Body, ImdsException? Failure)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Settings.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return (response.StatusCode, body, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, "", new ImdsException("no answer from " + Settings.Endpoint.GetLeftPart(UriPartial.Authority) + " within " + Seconds(Settings.Timeout) + ".", null, timedOut: true));
        }
        catch (HttpRequestException ex)
        {
            return (0, "", new ImdsException("cannot reach " + Settings.Endpoint.GetLeftPart(UriPartial.Authority) + ": " + ex.Message, null, inner: ex));
        }
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "s";
}

/// <summary>IMDS could not answer a request; the message says why.</summary>
internal sealed class ImdsException : Exception
{
    public ImdsException(string message, int? statusCode, bool timedOut = false, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        TimedOut = timedOut;
    }

    public int? StatusCode { get; }

    public bool TimedOut { get; }

    public bool IsNotFound => StatusCode == 404;
}
