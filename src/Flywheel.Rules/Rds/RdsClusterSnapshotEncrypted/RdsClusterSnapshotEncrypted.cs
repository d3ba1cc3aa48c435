using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterSnapshotEncrypted;

/// <summary>A DB cluster snapshot (manual, automated or from AWS Backup) is encrypted.</summary>
internal sealed class RdsClusterSnapshotEncrypted : Rule<DbSnapshot, NoOptions>
{
    public override string Id => "rds-cluster-snapshot-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusterSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at cluster snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Cluster;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, NoOptions options)
        => SnapshotScope.Encrypted(resource);
}
