namespace Flywheel.Aws.Wire.Retries;

/// <summary>
/// The defaults of the AWS SDKs' standard retry mode (AWS SDKs and Tools Reference Guide, "Retry behavior"):
/// three attempts; backoff <c>random(0,1) × min(base × 2^(attempt−1), 20 s)</c> with base 1 s; a retry quota of
/// 500 tokens, 5 per retry, 10 per retry after a timeout, one refunded per success without retries. The SDKs'
/// 2026 update (opt-in through AWS_NEW_RETRIES_2026) keeps 1 s for throttling but uses 50 ms for transient
/// errors and 14 tokens per transient retry: set <see cref="RetryOptions.TransientBaseDelay"/> and
/// <see cref="RetryOptions.RetryCost"/> to follow it.
/// </summary>
internal static class RetryConstants
{
    public const int MaxAttempts = 3;

    public const int InitialRetryTokens = 500;

    public const int RetryCost = 5;

    public const int TimeoutRetryCost = 10;

    public const int NoRetryIncrement = 1;

    public static readonly TimeSpan ThrottlingBaseDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan TransientBaseDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(20);
}
