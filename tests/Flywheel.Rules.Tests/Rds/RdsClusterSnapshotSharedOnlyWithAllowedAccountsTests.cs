using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsClusterSnapshotSharedOnlyWithAllowedAccounts;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterSnapshotSharedOnlyWithAllowedAccountsTests() : SnapshotSharedOnlyWithAllowedAccountsRuleTests("rds-cluster-snapshot-shared-only-with-allowed-accounts", SnapshotKind.Cluster)
{
    protected override object AllowingOnly(string account) => new RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions { AllowedAccounts = [account] };
}
