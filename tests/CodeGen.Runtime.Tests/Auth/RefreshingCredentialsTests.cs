using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Auth.Caching;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>
/// Caching and refresh: one fetch however many callers, refresh ahead of expiry (botocore's 15-minute
/// advisory and 10-minute mandatory windows), failed refreshes that keep serving unexpired credentials.
/// </summary>
public sealed class RefreshingCredentialsTests
{
    private static readonly DateTimeOffset s_start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(s_start);
    private int _fetches;

    [Fact]
    public async Task ThirtyTwoConcurrentFirstCallersShareOneFetch()
    {
        var release = new TaskCompletionSource();
        var cache = Held(release.Task, immediateFetches: 0);

        var callers = Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None).AsTask())).ToArray();
        await WaitUntil(() => _fetches > 0);
        await Task.Delay(50);
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, _fetches);
        Assert.All(results, c => Assert.Equal("AKID1", c.AccessKeyId));
        Assert.Same(results[0], results[31]);
    }

    [Fact]
    public async Task FreshCredentialsAreServedFromTheCache()
    {
        var cache = Counting(TimeSpan.FromHours(1));

        await cache.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(44));   // 16 minutes left: outside both windows
        var second = await cache.GetAsync(CancellationToken.None);

        Assert.Equal(1, _fetches);
        Assert.Equal("AKID1", second.AccessKeyId);
    }

    [Fact]
    public async Task InTheMandatoryWindowThirtyTwoCallersWaitForExactlyOneRefresh()
    {
        var release = new TaskCompletionSource();
        var cache = Held(release.Task, immediateFetches: 1);
        await cache.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(51));   // 9 minutes left
        var callers = Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None).AsTask())).ToArray();
        await WaitUntil(() => _fetches > 1);
        await Task.Delay(50);
        Assert.All(callers, c => Assert.False(c.IsCompleted));   // they wait: the credentials are about to expire
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(2, _fetches);
        Assert.All(results, c => Assert.Equal("AKID2", c.AccessKeyId));
    }

    [Fact]
    public async Task InTheAdvisoryWindowCallersKeepTheCurrentCredentialsWhileOneRefreshRuns()
    {
        var release = new TaskCompletionSource();
        var cache = Held(release.Task, immediateFetches: 1);
        await cache.GetAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(47));   // 13 minutes left
        var during = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None).AsTask())));
        Assert.All(during, c => Assert.Equal("AKID1", c.AccessKeyId));
        release.SetResult();
        await WaitUntil(() => cache.GetAsync(CancellationToken.None).Result.AccessKeyId == "AKID2");

        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task AFailedRefreshKeepsServingUnexpiredCredentialsAndWaitsBeforeTryingAgain()
    {
        var fail = false;
        var cache = new RefreshingCredentials("test", _ =>
        {
            Interlocked.Increment(ref _fetches);
            return fail ? Task.FromException<AwsCredentials>(new CredentialsProviderException("test", "endpoint down")) : Task.FromResult(Credentials("AKID" + _fetches, TimeSpan.FromHours(1)));
        }, _time);
        await cache.GetAsync(CancellationToken.None);
        fail = true;

        _time.Advance(TimeSpan.FromMinutes(55));   // 5 minutes left: mandatory, the refresh fails
        Assert.Equal("AKID1", (await cache.GetAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(2, _fetches);

        _time.Advance(TimeSpan.FromSeconds(10));   // within the pause after a failure: no new attempt
        Assert.Equal("AKID1", (await cache.GetAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(2, _fetches);

        _time.Advance(RefreshingCredentials.RetryAfterFailure);
        fail = false;
        Assert.Equal("AKID3", (await cache.GetAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task OnceExpiredAFailedRefreshReachesTheCaller()
    {
        var fail = false;
        var cache = new RefreshingCredentials("test", _ => fail
            ? Task.FromException<AwsCredentials>(new CredentialsProviderException("test", "endpoint down"))
            : Task.FromResult(Credentials("AKID1", TimeSpan.FromHours(1))), _time);
        await cache.GetAsync(CancellationToken.None);
        fail = true;

        _time.Advance(TimeSpan.FromHours(1));
        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await cache.GetAsync(CancellationToken.None));

        Assert.Equal("test: endpoint down", error.Message);
    }

    [Fact]
    public async Task ShortLivedCredentialsAreNotRefreshedOnEveryCall()
    {
        var cache = Counting(TimeSpan.FromMinutes(15));   // the shortest STS session

        await cache.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(7));           // 8 minutes left: more than half the lifetime
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(1, _fetches);

        _time.Advance(TimeSpan.FromMinutes(5));           // 3 minutes left: under a quarter, mandatory
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task CredentialsWithoutExpiryAreFetchedOnce()
    {
        var cache = new RefreshingCredentials("test", _ =>
        {
            Interlocked.Increment(ref _fetches);
            return Task.FromResult(new AwsCredentials("AKIDLONG", "secret"));
        }, _time);

        await cache.GetAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(400));
        await cache.GetAsync(CancellationToken.None);

        Assert.Equal(1, _fetches);
    }

    [Fact]
    public async Task AlreadyExpiredCredentialsFromTheSourceAreAnError()
    {
        var cache = new RefreshingCredentials("stale source", _ => Task.FromResult(Credentials("AKID", TimeSpan.FromMinutes(-1))), _time);

        var error = await Assert.ThrowsAsync<CredentialsProviderException>(async () => await cache.GetAsync(CancellationToken.None));

        Assert.StartsWith("stale source: the credentials it returned expired at 2024-05-01 11:59:00Z", error.Message);
    }

    [Fact]
    public async Task ACallerThatCancelsStopsWaitingWithoutCancellingTheSharedFetch()
    {
        var release = new TaskCompletionSource();
        var cache = Held(release.Task, immediateFetches: 0);
        using var cancel = new CancellationTokenSource();

        var cancelled = cache.GetAsync(cancel.Token).AsTask();
        var patient = cache.GetAsync(CancellationToken.None).AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();

        Assert.Equal("AKID1", (await patient).AccessKeyId);
        Assert.Equal(1, _fetches);
    }

    /// <summary>The first <paramref name="immediateFetches"/> fetches complete at once; later ones wait for <paramref name="release"/>.</summary>
    private RefreshingCredentials Held(Task release, int immediateFetches) =>
        new("test", async _ =>
        {
            var n = Interlocked.Increment(ref _fetches);
            if (n > immediateFetches)
            {
                await release;
            }

            return Credentials("AKID" + n, TimeSpan.FromHours(1));
        }, _time);

    private RefreshingCredentials Counting(TimeSpan lifetime) =>
        new("test", _ =>
        {
            var n = Interlocked.Increment(ref _fetches);
            return Task.FromResult(Credentials("AKID" + n, lifetime));
        }, _time);

    private AwsCredentials Credentials(string accessKey, TimeSpan lifetime) =>
        new(accessKey, "secret-" + accessKey, "token", _time.GetUtcNow() + lifetime);

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(5);
        }
    }
}
