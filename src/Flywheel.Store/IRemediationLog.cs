namespace Flywheel.Store;

/// <summary>Records what a remediation did to a resource and how it ended.</summary>
public interface IRemediationLog
{
    /// <summary>Appends the record and returns its id.</summary>
    Task<long> RecordAsync(RemediationRecord remediation, CancellationToken cancellationToken);
}
