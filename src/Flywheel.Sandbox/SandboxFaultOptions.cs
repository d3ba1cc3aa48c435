namespace Flywheel.Sandbox;

/// <summary>
/// Faults to inject into authenticated requests, so retries, backoff and partial failures can be exercised.
/// All off by default. Throttling is a token bucket per account × service × operation, refilled on the sandbox clock.
/// </summary>
public sealed record SandboxFaultOptions
{
    /// <summary>Added before every authenticated request is served (waited on the sandbox's TimeProvider).</summary>
    public TimeSpan Latency { get; init; }

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
