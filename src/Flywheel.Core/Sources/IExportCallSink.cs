namespace Flywheel.Core.Sources;

/// <summary>
/// Receives the calls of an export as a collector makes them: a directory writer (<c>flywheel collect --out</c>)
/// or the in-memory reader of a live scan. Calls of different account-regions may arrive concurrently; the calls
/// of one account-region are complete when <see cref="CompleteRegionAsync"/> is called for it, so a sink can map
/// and release them early (memory bounded by the regions in flight, not by the estate).
/// </summary>
public interface IExportCallSink
{
    ValueTask WriteAsync(ExportCall call, ExportCallResult result, CancellationToken cancellationToken);

    ValueTask CompleteRegionAsync(string accountId, string region, CancellationToken cancellationToken);
}
