using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> NetworkRules() =>
    [
        new Rds.RdsInstanceNoPublicAccess.RdsInstanceNoPublicAccess(),
        new Rds.RdsClusterNoPublicAccess.RdsClusterNoPublicAccess(),
        new Ec2.Ec2SecurityGroupDbNoWorldIngress.Ec2SecurityGroupDbNoWorldIngress(),
        new Rds.RdsSnapshotNotPublic.RdsSnapshotNotPublic(),
        new Rds.RdsClusterSnapshotNotPublic.RdsClusterSnapshotNotPublic(),
        new Rds.RdsSnapshotSharedOnlyWithAllowedAccounts.RdsSnapshotSharedOnlyWithAllowedAccounts(),
        new Rds.RdsClusterSnapshotSharedOnlyWithAllowedAccounts.RdsClusterSnapshotSharedOnlyWithAllowedAccounts(),
    ];
}
