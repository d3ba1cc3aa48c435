using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsSnapshotSharedOnlyWithAllowedAccounts;

internal sealed class RdsSnapshotSharedOnlyWithAllowedAccountsOptions
{
    [Description("AWS account ids a manual DB instance snapshot may be shared with (for example a backup or DR account).")]
    public List<string> AllowedAccounts { get; set; } = [];
}
