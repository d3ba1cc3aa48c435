namespace Flywheel.Sandbox.Faults;

/// <summary>A token bucket refilled continuously on the sandbox clock.</summary>
internal sealed class TokenBucket(double capacity, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private DateTimeOffset _refilledAt = now;

    public bool TryTake(double ratePerSecond, double burst, DateTimeOffset now)
    {
        lock (_gate)
        {
            var elapsed = Math.Max(0, (now - _refilledAt).TotalSeconds);
            _tokens = Math.Min(burst, _tokens + (elapsed * ratePerSecond));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
