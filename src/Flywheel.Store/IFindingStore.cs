namespace Flywheel.Store;

/// <summary>Records a scan and moves the findings it covers through their lifecycle, in one transaction.</summary>
public interface IFindingStore
{
    Task<ScanRecordOutcome> RecordScanAsync(ScanRecord scan, CancellationToken cancellationToken);
}
