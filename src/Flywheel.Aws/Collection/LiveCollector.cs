using Flywheel.Aws.Collection.Services;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Retries;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>
/// Collects accounts × regions from AWS into an export sink: account-regions run in parallel (at most
/// <see cref="LiveCollectorSettings.MaxRegionsInFlight"/>), every service of a region at once, and all requests of the
/// collection share <see cref="LiveCollectorSettings.MaxConcurrency"/> slots. A failed call is written as the CLI's
/// error text and never stops the other calls, services, regions or accounts.
/// </summary>
internal sealed class LiveCollector(LiveCollectorSettings settings, HttpMessageHandler transport, TimeProvider time)
{
    public const int DefaultMaxConcurrency = 32;
    public const int DefaultMaxRegionsInFlight = 8;

    private static readonly IServiceCollector[] Collectors =
    [
        new RdsCollector(),
        new KmsCollector(),
        new Ec2Collector(),
        new SecretsManagerCollector(),
        new CloudTrailCollector(),
        new GuardDutyCollector(),
    ];

    public async Task<LiveCollectionReport> CollectAsync(IReadOnlyList<CollectionTarget> targets, IExportCallSink sink, IProgress<RegionCollected>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sink);
        var started = time.GetTimestamp();
        var counter = new AwsCallCounter();
        var ledger = new LedgerSink(sink);
        var catalog = new SharedCatalog();
        var limiters = new RateLimiterRegistry(time);
        var work = targets.SelectMany(t => t.Regions.Select(r => (Target: t, Region: r))).ToArray();
        var completed = 0;
        using var limited = new ConcurrencyLimitingHandler(settings.MaxConcurrency, transport);
        using var http = new HttpClient(limited, disposeHandler: false) { Timeout = settings.RequestTimeout };
        var summaries = new RegionCollectionSummary[work.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, work.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxRegionsInFlight), CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var (target, region) = work[index];
                var regionStarted = time.GetTimestamp();
                var scope = new AwsCallScope(region, target.AccountId);
                var retry = new StandardRetryStrategy(settings.Retry, new RetryQuota(settings.Retry), Random.Shared.NextDouble);
                var wire = new AwsWireClient(http, settings.Endpoints, target.Credentials, retry, limiters, time, counter);
                var apis = RegionApis.Create(wire, scope, catalog);
                var export = new RegionExport(ledger, target.AccountId, region, settings.NotCollected);
                await Task.WhenAll(Collectors.Select(c => c.CollectAsync(export, apis, ct))).ConfigureAwait(false);
                await ledger.CompleteRegionAsync(target.AccountId, region, ct).ConfigureAwait(false);
                var summary = ledger.Summary(target.AccountId, region);
                summaries[index] = summary;
                progress?.Report(new RegionCollected(target.AccountId, region, summary.Calls, summary.FailedCalls, time.GetElapsedTime(regionStarted), Interlocked.Increment(ref completed), work.Length));
            }).ConfigureAwait(false);

        return new LiveCollectionReport(counter.Snapshot(), summaries, time.GetElapsedTime(started), settings.MaxConcurrency);
    }
}
