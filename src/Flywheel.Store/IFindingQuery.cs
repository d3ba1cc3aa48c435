namespace Flywheel.Store;

/// <summary>Reads findings and their history (for <c>flywheel findings</c> and <c>flywheel history</c>).</summary>
public interface IFindingQuery
{
    /// <summary>Findings matching <paramref name="filter"/>, most recently changed first.</summary>
    Task<IReadOnlyList<StoredFinding>> FindAsync(FindingFilter filter, CancellationToken cancellationToken);

    /// <summary>Every lifecycle event and remediation for a resource, by ARN or by name, oldest first.</summary>
    Task<ResourceHistory> HistoryAsync(string resource, CancellationToken cancellationToken);
}
