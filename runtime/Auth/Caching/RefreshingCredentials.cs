using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Auth.Caching;

/// <summary>
/// Caches temporary credentials and refreshes them ahead of expiry, one refresh at a time.
/// </summary>
/// <remarks>
/// <para>
/// The windows are botocore's: within 15 minutes of expiry one caller starts a refresh in the background
/// and everyone keeps the current credentials (advisory); within 10 minutes callers wait for the refresh
/// (mandatory). For credentials that live less than an hour the windows shrink to half and a quarter of
/// their lifetime, so that 15-minute STS credentials are not refreshed on every call.
/// </para>
/// <para>
/// However many callers ask, one fetch runs; they all share its result. A failed refresh keeps serving
/// credentials that have not expired yet, and the next attempt waits <see cref="RetryAfterFailure"/>; only
/// when nothing unexpired is left does the failure reach the caller. The fetch runs without the caller's
/// cancellation token (other callers may be waiting for it); a caller that cancels stops waiting only.
/// </para>
/// </remarks>
internal sealed class RefreshingCredentials
{
    public static readonly TimeSpan AdvisoryWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MandatoryWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly Func<CancellationToken, Task<AwsCredentials>> _fetch;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private Cached? _current;
    private Task<AwsCredentials>? _refresh;
    private readonly string _provider;
    private long _noAttemptBeforeTicks;

    /// <param name="provider">The provider's name, for errors.</param>
    /// <param name="fetch">Gets fresh credentials.</param>
    /// <param name="time">The clock expiry is judged by.</param>
    public RefreshingCredentials(string provider, Func<CancellationToken, Task<AwsCredentials>> fetch, TimeProvider time)
    {
        _provider = provider;
        _fetch = fetch;
        _time = time;
    }

    private enum Stage
    {
        Fresh,
        Advisory,
        Mandatory,
        Expired,
    }

    /// <summary>The cached credentials, refreshed as needed.</summary>
    public ValueTask<AwsCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        var now = _time.GetUtcNow();
        var stage = current is null ? Stage.Expired : StageOf(current, now);
        switch (stage)
        {
            case Stage.Fresh:
                return new(current!.Credentials);
            case Stage.Advisory or Stage.Mandatory when now.UtcTicks < Volatile.Read(ref _noAttemptBeforeTicks):
                return new(current!.Credentials);
            case Stage.Advisory:
                Observe(Refresh());
                return new(current!.Credentials);
            default:
                return WaitForRefreshAsync(stage == Stage.Mandatory ? current : null, cancellationToken);
        }
    }

    private async ValueTask<AwsCredentials> WaitForRefreshAsync(Cached? unexpired, CancellationToken cancellationToken)
    {
        try
        {
            return await Refresh().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested && unexpired is not null && unexpired.Credentials.Expiration > _time.GetUtcNow())
        {
            // The refresh failed, but what we have still works: keep using it until it expires.
            return unexpired.Credentials;
        }
    }

    /// <summary>The refresh in flight, or a new one: never two at once.</summary>
    private Task<AwsCredentials> Refresh()
    {
        lock (_gate)
        {
            if (_refresh is { IsCompleted: false } running)
            {
                return running;
            }

            var started = FetchAsync();
            _refresh = started;
            return started;
        }
    }

    private async Task<AwsCredentials> FetchAsync()
    {
        // Let Refresh() publish the task before the fetch can complete synchronously.
        await Task.Yield();
        var fetchedAt = _time.GetUtcNow();
        try
        {
            var credentials = await _fetch(CancellationToken.None).ConfigureAwait(false);
            if (credentials.Expiration is { } expiration && expiration <= _time.GetUtcNow())
            {
                throw new CredentialsProviderException(_provider, "the credentials it returned expired at " + expiration.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            Volatile.Write(ref _current, new Cached(credentials, fetchedAt));
            Volatile.Write(ref _noAttemptBeforeTicks, 0);
            return credentials;
        }
        catch
        {
            Volatile.Write(ref _noAttemptBeforeTicks, (_time.GetUtcNow() + RetryAfterFailure).UtcTicks);
            throw;
        }
    }

    private static Stage StageOf(Cached cached, DateTimeOffset now)
    {
        if (cached.Credentials.Expiration is not { } expiration)
        {
            return Stage.Fresh;
        }

        var remaining = expiration - now;
        if (remaining <= TimeSpan.Zero)
        {
            return Stage.Expired;
        }

        var lifetime = expiration - cached.FetchedAt;
        var advisory = Min(AdvisoryWindow, TimeSpan.FromTicks(lifetime.Ticks / 2));
        var mandatory = Min(MandatoryWindow, TimeSpan.FromTicks(lifetime.Ticks / 4));
        return remaining < mandatory ? Stage.Mandatory : remaining < advisory ? Stage.Advisory : Stage.Fresh;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void Observe(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private sealed record Cached(AwsCredentials Credentials, DateTimeOffset FetchedAt);
}
