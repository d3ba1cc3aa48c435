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
    {
        if (SnapshotScope.ReadRestoreAttribute(resource, context, out var restore) is { } verdict)
        {
            return verdict;
        }

        var accounts = restore.Where(v => !string.Equals(v, "all", StringComparison.Ordinal)).ToArray();
        var notAllowed = accounts.Where(a => !options.AllowedAccounts.Contains(a, StringComparer.Ordinal)).ToArray();
        Evidence[] evidence = [Evidence.Of("RestoreAttributeValues", restore), Evidence.Of("AllowedAccounts", options.AllowedAccounts)];
        if (notAllowed.Length > 0)
        {
            return RuleResult.Fail($"the snapshot is shared with accounts not in allowedAccounts: {string.Join(", ", notAllowed)}", evidence);
        }

        return RuleResult.Pass(accounts.Length == 0 ? "the snapshot is not shared with any account" : $"the snapshot is shared only with allowed accounts: {string.Join(", ", accounts)}", evidence);
    }
}
