namespace Flywheel.Aws.Wire.Retries;

/// <summary>
/// The standard mode's retry quota: a bucket of tokens shared by every call of a client. A retry takes tokens
/// (more after a timeout); a success gives back what its last retry took, or one token when it needed no retry.
/// When the bucket is empty, calls fail fast instead of piling retries onto a struggling service.
/// </summary>
internal sealed class RetryQuota(RetryOptions options)
{
    private readonly Lock _lock = new();

    private int _available = options.InitialRetryTokens;

    public int Available
    {
        get
        {
            lock (_lock)
            {
                return _available;
            }
        }
    }

    /// <summary>Takes the cost of retrying after <paramref name="error"/>; null when the quota cannot cover it.</summary>
    public int? TryAcquire(AwsError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cost = error.Code == AwsError.TimeoutCode && error.HttpStatus == 0 ? options.TimeoutRetryCost : options.RetryCost;
        lock (_lock)
        {
            if (cost > _available)
            {
                return null;
            }

            _available -= cost;
            return cost;
        }
    }

    /// <summary>Records a successful call: refunds its last retry's cost, or <see cref="RetryOptions.NoRetryIncrement"/>.</summary>
    public void Release(int? lastRetryCost)
    {
        lock (_lock)
        {
            _available = Math.Min(options.InitialRetryTokens, _available + (lastRetryCost ?? options.NoRetryIncrement));
        }
    }
}
