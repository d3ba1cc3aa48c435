namespace Flywheel.Aws.Wire.Retries;

/// <summary>Retry settings; the defaults are the SDKs' standard mode (see <see cref="RetryConstants"/>).</summary>
internal sealed record RetryOptions
{
    public RetryMode Mode { get; init; } = RetryMode.Standard;

    public int MaxAttempts { get; init; } = RetryConstants.MaxAttempts;

    /// <summary>The backoff base after a throttling error.</summary>
    public TimeSpan ThrottlingBaseDelay { get; init; } = RetryConstants.ThrottlingBaseDelay;

    /// <summary>The backoff base after a transient error (5xx, timeout, connection failure).</summary>
    public TimeSpan TransientBaseDelay { get; init; } = RetryConstants.TransientBaseDelay;

    public TimeSpan MaxBackoff { get; init; } = RetryConstants.MaxBackoff;

    public int InitialRetryTokens { get; init; } = RetryConstants.InitialRetryTokens;

    public int RetryCost { get; init; } = RetryConstants.RetryCost;

    public int TimeoutRetryCost { get; init; } = RetryConstants.TimeoutRetryCost;

    public int NoRetryIncrement { get; init; } = RetryConstants.NoRetryIncrement;
}
