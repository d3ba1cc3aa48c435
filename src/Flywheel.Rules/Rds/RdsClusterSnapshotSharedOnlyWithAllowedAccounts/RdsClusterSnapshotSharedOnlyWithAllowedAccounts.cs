using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterSnapshotSharedOnlyWithAllowedAccounts;

/// <summary>
/// A manual DB cluster snapshot is shared only with allowed accounts. Public sharing ("all") is left to
/// rds-cluster-snapshot-not-public so one misconfiguration gives one finding.
/// </summary>
internal sealed class RdsClusterSnapshotSharedOnlyWithAllowedAccounts : Rule<DbSnapshot, RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions>
{
    public override string Id => "rds-cluster-snapshot-shared-only-with-allowed-accounts";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusterSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at cluster snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Cluster;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions options)
        => SnapshotScope.SharedOnlyWith(resource, context, options.AllowedAccounts);
}
