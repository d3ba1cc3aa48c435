namespace Flywheel.Sandbox;

/// <summary>
/// Faults to inject into authenticated requests, so retries, backoff and partial failures can be exercised.
/// All off by default. Throttling is a token bucket per account × service × operation, refilled on the sandbox clock.
/// </summary>
public sealed record SandboxFaultOptions
{
    /// <summary>
    /// Added before every authenticated request is served (waited on the sandbox's TimeProvider): the centre of the
    /// latency distribution when <see cref="LatencyJitter"/> is set.
    /// </summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// The spread of the latency: each request waits a uniform draw in [Latency − LatencyJitter, Latency + LatencyJitter]
    /// (never below zero), from the sandbox's seeded random source, so the same seed and request sequence wait the same.
    /// </summary>
    public TimeSpan LatencyJitter { get; init; }

    /// <summary>
    /// The chance (0–1) that a request's connection is aborted without a response (after the latency, before the
    /// request is served): what a client sees when a connection resets mid-call.
    /// </summary>
    public double DropConnectionRate { get; init; }

    /// <summary>The chance (0–1) that a request fails with the service's internal error (HTTP 500).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>
    /// The chance (0–1), per authenticated request, that one resource of the caller's region (an instance, a manual
    /// snapshot, a secret or a security group) is deleted out of band first: what a scan sees when others change the
    /// estate while it runs (listed, then gone).
    /// </summary>
    public double VanishRate { get; init; }

    /// <summary>Sustained requests per second per account × operation; 0 disables throttling.</summary>
    public double ThrottleRatePerSecond { get; init; }

    /// <summary>How many requests may arrive at once before throttling starts.</summary>
    public int ThrottleBurst { get; init; } = 20;

    /// <summary>
    /// The services (signing names: <c>rds</c>, <c>kms</c>, <c>ec2</c>, <c>sts</c>, …) whose requests get the faults;
    /// null or empty: every service. An outage of one service while the rest answer.
    /// </summary>
    public IReadOnlyList<string>? Services { get; init; }

    /// <summary>Whether the faults apply to this service's requests.</summary>
    public bool AppliesTo(string signingName) => Services is not { Count: > 0 } services || services.Contains(signingName, StringComparer.Ordinal);
}
