using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsSnapshotSharedOnlyWithAllowedAccounts;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsSnapshotSharedOnlyWithAllowedAccountsTests() : SnapshotSharedOnlyWithAllowedAccountsRuleTests("rds-snapshot-shared-only-with-allowed-accounts", SnapshotKind.Instance)
{
    protected override object AllowingOnly(string account) => new RdsSnapshotSharedOnlyWithAllowedAccountsOptions { AllowedAccounts = [account] };
}
