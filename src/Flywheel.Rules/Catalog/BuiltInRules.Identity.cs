using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> IdentityRules() =>
    [
        new Rds.RdsInstanceIamAuthEnabled.RdsInstanceIamAuthEnabled(),
        new Rds.RdsClusterIamAuthEnabled.RdsClusterIamAuthEnabled(),
        new Rds.RdsInstanceMasterPasswordManaged.RdsInstanceMasterPasswordManaged(),
        new Rds.RdsClusterMasterPasswordManaged.RdsClusterMasterPasswordManaged(),
        new Rds.RdsInstanceMasterUsernameNotDefault.RdsInstanceMasterUsernameNotDefault(),
        new Rds.RdsClusterMasterUsernameNotDefault.RdsClusterMasterUsernameNotDefault(),
    ];
}
