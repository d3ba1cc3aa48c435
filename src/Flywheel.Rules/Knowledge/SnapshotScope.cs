using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Which snapshots a sharing rule can judge: only manual snapshots can be shared, so sharing rules step aside for
/// the rest.
/// </summary>
internal static class SnapshotScope
{
    /// <summary>
    /// The restore attribute of a manual snapshot in <paramref name="values"/>, or the verdict when there is none
    /// to judge: NotApplicable for a snapshot that cannot be shared, Error when the attribute was not collected.
    /// </summary>
    public static RuleResult? ReadRestoreAttribute(DbSnapshot snapshot, RuleContext context, out IReadOnlyList<string> values)
    {
        values = [];
        if (snapshot.SnapshotType is null)
        {
            return RuleResult.Missing("SnapshotType");
        }

        if (snapshot.SnapshotType is "shared" or "public")
        {
            return RuleResult.NotApplicable($"the snapshot is owned by another account (SnapshotType is {snapshot.SnapshotType})", new Evidence("SnapshotType", snapshot.SnapshotType));
        }

        if (!snapshot.IsManual)
        {
            return RuleResult.NotApplicable($"{snapshot.SnapshotType} snapshots cannot be shared; only manual snapshots can", new Evidence("SnapshotType", snapshot.SnapshotType));
        }

        if (snapshot.RestoreAttributeValues is null)
        {
            var dataset = snapshot.Kind == SnapshotKind.Cluster ? Dataset.RdsDbClusterSnapshotAttributes : Dataset.RdsDbSnapshotAttributes;
            return context.NotCollected(snapshot, dataset, snapshot.Identifier) ?? RuleResult.Missing("RestoreAttributeValues");
        }

        values = snapshot.RestoreAttributeValues;
        return null;
    }
}
