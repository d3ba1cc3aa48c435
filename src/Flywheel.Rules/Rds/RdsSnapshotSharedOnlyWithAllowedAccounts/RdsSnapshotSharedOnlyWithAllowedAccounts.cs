using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsSnapshotSharedOnlyWithAllowedAccounts;

/// <summary>
/// A manual DB instance snapshot is shared only with allowed accounts. Public sharing ("all") is left to
/// rds-snapshot-not-public so one misconfiguration gives one finding.
/// </summary>
internal sealed class RdsSnapshotSharedOnlyWithAllowedAccounts : Rule<DbSnapshot, RdsSnapshotSharedOnlyWithAllowedAccountsOptions>
{
    public override string Id => "rds-snapshot-shared-only-with-allowed-accounts";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbSnapshots];

    // Instance and cluster snapshots share one record type; this rule looks at instance snapshots only.
    protected override bool Selects(DbSnapshot resource) => resource.Kind == SnapshotKind.Instance;

    protected override RuleResult Evaluate(DbSnapshot resource, RuleContext context, RdsSnapshotSharedOnlyWithAllowedAccountsOptions options)
        => SnapshotScope.SharedOnlyWith(resource, context, options.AllowedAccounts);
}
