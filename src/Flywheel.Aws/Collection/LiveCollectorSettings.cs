using Flywheel.Aws.Wire.Endpoints;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Core.Inventory;

namespace Flywheel.Aws.Collection;

/// <summary>How a live collection talks to AWS: where, how many requests at once, how it retries.</summary>
internal sealed record LiveCollectorSettings
{
    /// <summary>The official partition endpoints, or an override for <c>--endpoint-url</c> (the sandbox).</summary>
    public IEndpointResolver Endpoints { get; init; } = PartitionEndpointResolver.Default;

    /// <summary>HTTP requests in flight across the whole collection (the allowed concurrency).</summary>
    public int MaxConcurrency { get; init; } = LiveCollector.DefaultMaxConcurrency;

    /// <summary>
    /// Account-regions collected at once. Each keeps its calls' documents until it completes, so this bounds memory;
    /// several regions together keep every request slot busy while one region waits on a chain of pages.
    /// </summary>
    public int MaxRegionsInFlight { get; init; } = LiveCollector.DefaultMaxRegionsInFlight;

    /// <summary>Adaptive by default: the client-side rate limiter per account × region × API slows down on throttling.</summary>
    public RetryOptions Retry { get; init; } = new() { Mode = RetryMode.Adaptive };

    /// <summary>Datasets skipped on purpose (a scan whose rules do not read them).</summary>
    public IReadOnlySet<Dataset> NotCollected { get; init; } = new HashSet<Dataset>();

    /// <summary>A per-attempt timeout; a request that takes longer is retried as a timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
