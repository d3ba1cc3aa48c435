using System.Collections.Concurrent;

namespace Flywheel.Aws.Wire.Retries;

/// <summary>One <see cref="ClientRateLimiter"/> per account × region × API, shared by every client of a scan.</summary>
internal sealed class RateLimiterRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<RateLimitKey, ClientRateLimiter> _limiters = new();

    public ClientRateLimiter For(RateLimitKey key) => _limiters.GetOrAdd(key, _ => new ClientRateLimiter(time));

    public int Count => _limiters.Count;
}
