namespace Flywheel.Aws.Collection;

/// <summary>How hard a live collection may push: requests in flight, account-regions at once.</summary>
public sealed record LiveCollectionOptions
{
    public const int DefaultMaxConcurrency = LiveCollector.DefaultMaxConcurrency;

    /// <summary>HTTP requests in flight across every account and region (the client-side rate limiter still applies per API).</summary>
    public int MaxConcurrency { get; init; } = DefaultMaxConcurrency;

    /// <summary>Account-regions collected at once; each holds its documents until it is complete.</summary>
    public int MaxRegionsInFlight { get; init; } = LiveCollector.DefaultMaxRegionsInFlight;
}
