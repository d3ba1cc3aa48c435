namespace Flywheel.Aws.Wire.Retries;

/// <summary>
/// The AWS SDKs' standard retry strategy: retry throttling and transient errors only, at most
/// <see cref="RetryOptions.MaxAttempts"/> attempts, while the <see cref="RetryQuota"/> has tokens, waiting
/// <c>random(0,1) × min(base × 2^(attempt−1), max backoff)</c> between attempts (full jitter), with
/// separate bases for throttling and transient errors.
/// </summary>
internal sealed class StandardRetryStrategy(RetryOptions options, RetryQuota quota, Func<double> random)
{
    public RetryOptions Options => options;

    public RetryQuota Quota => quota;

    /// <summary>Decides after a failed attempt (1-based); a retry takes its cost from the quota.</summary>
    public RetryDecision Evaluate(AwsError error, int attempt)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.IsRetryable)
        {
            return RetryDecision.Stop("not retryable");
        }

        if (attempt >= options.MaxAttempts)
        {
            return RetryDecision.Stop($"gave up after {attempt} attempts");
        }

        if (quota.TryAcquire(error) is not { } cost)
        {
            return RetryDecision.Stop("retry quota exhausted");
        }

        return RetryDecision.After(Backoff(attempt, error.IsThrottling ? options.ThrottlingBaseDelay : options.TransientBaseDelay), cost);
    }

    /// <summary>Records a call that ended in success, refunding the quota.</summary>
    public void RecordSuccess(int? lastRetryCost) => quota.Release(lastRetryCost);

    public TimeSpan Backoff(int attempt, TimeSpan baseDelay)
    {
        var exponential = baseDelay.TotalSeconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, options.MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(random() * capped);
    }
}
