using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsClusterSnapshotSharedOnlyWithAllowedAccounts;

internal sealed class RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions
{
    [Description("AWS account ids a manual DB cluster snapshot may be shared with (for example a backup or DR account).")]
    public List<string> AllowedAccounts { get; set; } = [];
}
