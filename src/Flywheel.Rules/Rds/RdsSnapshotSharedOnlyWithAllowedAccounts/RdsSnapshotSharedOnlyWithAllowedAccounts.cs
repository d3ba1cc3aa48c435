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
