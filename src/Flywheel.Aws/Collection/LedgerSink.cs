using System.Collections.Concurrent;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection;

/// <summary>Passes every call on to the real sink and keeps, per account-region, the count of calls and the failures.</summary>
internal sealed class LedgerSink(IExportCallSink inner) : IExportCallSink
{
    private readonly ConcurrentDictionary<(string AccountId, string Region), Entry> _entries = new();

    public async ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(result);
        var entry = _entries.GetOrAdd((call.AccountId, call.Region), _ => new Entry());
        lock (entry)
        {
            entry.Calls++;
            if (!result.Succeeded)
            {
                entry.Failed++;
                if (entry.Failures.Count < LiveCollectionReport.MaxFailuresListed)
                {
                    entry.Failures.Add(new FailedCall(call.Service, call.Command, call.ResourceKey, result.Error!));
                }
            }
        }

        await inner.WriteAsync(call, result, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken) =>
        inner.CompleteRegionAsync(accountId, region, cancellationToken);

    public RegionCollectionSummary Summary(string accountId, string region)
    {
        var entry = _entries.GetOrAdd((accountId, region), _ => new Entry());
        lock (entry)
        {
            var failures = entry.Failures
                .OrderBy(f => f.Service, StringComparer.Ordinal)
                .ThenBy(f => f.Command, StringComparer.Ordinal)
                .ThenBy(f => f.ResourceKey, StringComparer.Ordinal)
                .ToArray();
            return new RegionCollectionSummary(accountId, region, entry.Calls, entry.Failed, failures);
        }
    }

    private sealed class Entry
    {
        public int Calls { get; set; }

        public int Failed { get; set; }

        public List<FailedCall> Failures { get; } = [];
    }
}
