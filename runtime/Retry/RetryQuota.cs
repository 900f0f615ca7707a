using System.Threading;

namespace CodeGen.Runtime.Retry;

/// <summary>
/// The standard mode's token bucket: a retry costs 5 tokens (10 after a timeout), a success refunds
/// what its retries took (or 1 token when it needed none). When the bucket is empty, calls stop retrying.
/// </summary>
internal sealed class RetryQuota
{
    public const int RetryCost = 5;
    public const int TimeoutCost = 10;
    private readonly int _capacity;
    private int _available;

    public RetryQuota(int capacity)
    {
        _capacity = capacity;
        _available = capacity;
    }

    public int Available => Volatile.Read(ref _available);

    /// <summary>Takes <paramref name="cost"/> tokens if available.</summary>
    public bool TryAcquire(int cost)
    {
        while (true)
        {
            var current = Volatile.Read(ref _available);
            if (current < cost)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _available, current - cost, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Returns tokens after a success, never above capacity.</summary>
    public void Release(int amount)
    {
        while (true)
        {
            var current = Volatile.Read(ref _available);
            var next = current + amount > _capacity ? _capacity : current + amount;
            if (Interlocked.CompareExchange(ref _available, next, current) == current)
            {
                return;
            }
        }
    }
}
