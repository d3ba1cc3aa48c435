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
        => SnapshotScope.NotPublic(resource, context);
}
