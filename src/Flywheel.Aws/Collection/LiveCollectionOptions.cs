using Flywheel.Core.Inventory;

namespace Flywheel.Aws.Collection;

/// <summary>How hard a live collection may push (requests in flight, account-regions at once), and what it may skip.</summary>
public sealed record LiveCollectionOptions
{
    public const int DefaultMaxConcurrency = LiveCollector.DefaultMaxConcurrency;

    /// <summary>HTTP requests in flight across every account and region (the client-side rate limiter still applies per API).</summary>
    public int MaxConcurrency { get; init; } = DefaultMaxConcurrency;

    /// <summary>Account-regions collected at once; each holds its documents until it is complete.</summary>
    public int MaxRegionsInFlight { get; init; } = LiveCollector.DefaultMaxRegionsInFlight;

    /// <summary>
    /// Datasets not to collect: for a scan, the on-demand datasets its rules do not read
    /// (<see cref="Core.Rules.DatasetSelection.NotRequiredBy"/>). Empty for an export, which has everything.
    /// </summary>
    public IReadOnlySet<Dataset> NotCollected { get; init; } = new HashSet<Dataset>();
}
