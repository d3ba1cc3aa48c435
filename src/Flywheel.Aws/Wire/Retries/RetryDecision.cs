namespace Flywheel.Aws.Wire.Retries;

/// <summary>Whether to retry a failed attempt, after how long, and what it cost; otherwise why not.</summary>
internal readonly record struct RetryDecision(bool Retry, TimeSpan Delay, int Cost, string? Reason)
{
    public static RetryDecision After(TimeSpan delay, int cost) => new(true, delay, cost, null);

    public static RetryDecision Stop(string reason) => new(false, TimeSpan.Zero, 0, reason);
}
