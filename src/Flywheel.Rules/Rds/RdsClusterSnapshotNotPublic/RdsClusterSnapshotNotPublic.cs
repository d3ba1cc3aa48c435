using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterSnapshotNotPublic;

/// <summary>A manual DB cluster snapshot is not public: its restore attribute does not contain "all".</summary>
internal sealed class RdsClusterSnapshotNotPublic : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-cluster-snapshot-not-public";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusterSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at cluster snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Cluster;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
    {
        if (SnapshotScope.ReadRestoreAttribute(resource, context, out var restore) is { } verdict)
        {
            return verdict;
        }

        var evidence = Evidence.Of("RestoreAttributeValues", restore);
        return restore.Contains("all", StringComparer.Ordinal)
            ? RuleResult.Fail("the snapshot is public: its restore attribute contains \"all\", so any AWS account can copy or restore it", evidence)
            : RuleResult.Pass(restore.Count == 0 ? "the snapshot is not shared" : $"the snapshot is not public (shared with {string.Join(", ", restore)})", evidence);
    }
}
