using System;
using CodeGen.Runtime.Retry;
using Xunit;

namespace CodeGen.Runtime.Tests.Retry;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 1.0, 2000)]
    [InlineData(3, 0.5, 2000)]
    [InlineData(10, 1.0, 20000)]
    [InlineData(3, 0.0, 0)]
    public void FullJitterUpToTheCappedExponential(int attempt, double random, double expectedMilliseconds)
    {
        var delay = Backoff.Delay(attempt, new RetryOptions(), random);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), delay);
    }

    [Fact]
    public void QuotaChargesRetriesAndRefundsSuccessesUpToCapacity()
    {
        var quota = new RetryQuota(12);

        Assert.True(quota.TryAcquire(RetryQuota.RetryCost));
        Assert.True(quota.TryAcquire(RetryQuota.RetryCost));
        Assert.False(quota.TryAcquire(RetryQuota.RetryCost));
        quota.Release(100);
        Assert.Equal(12, quota.Available);
    }
}
