using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Core.Scanning;

namespace Flywheel.Store;

/// <summary>
/// One scan to record: where it came from, what it covered (scopes, gaps, rules) and what it found. Coverage
/// matters as much as findings: a finding missing from a scan is closed only when the scan proves it is gone.
/// </summary>
/// <param name="Source">The inventory source, for example <c>export:/path</c> or <c>live</c>.</param>
/// <param name="StartedAt">When collection started; the evaluation time is the scan's finish.</param>
/// <param name="Scopes">The accounts and regions collected.</param>
/// <param name="Resources">Every resource the inventory held, in or out of the policy's scope.</param>
/// <param name="Evaluation">The evaluated findings, rules that ran, and collection gaps.</param>
public sealed record ScanRecord(
    string Source,
    DateTimeOffset StartedAt,
    IReadOnlyList<InventoryScope> Scopes,
    IReadOnlyList<ResourceRef> Resources,
    EvaluationResult Evaluation)
{
    /// <summary>Errors of the scan itself (a collector that failed), besides the dataset gaps.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Builds the record from the inventory that was evaluated.</summary>
    public static ScanRecord From(string source, DateTimeOffset startedAt, InventorySnapshot inventory, EvaluationResult evaluation)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return new ScanRecord(source, startedAt, inventory.Scopes, inventory.Resources.Select(ResourceRef.From).ToArray(), evaluation);
    }
}
