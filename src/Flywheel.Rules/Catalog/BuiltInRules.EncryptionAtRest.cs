using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> EncryptionAtRestRules() =>
    [
        new Rds.RdsInstanceStorageEncrypted.RdsInstanceStorageEncrypted(),
        new Rds.RdsClusterStorageEncrypted.RdsClusterStorageEncrypted(),
        new Rds.RdsInstanceCustomerManagedKey.RdsInstanceCustomerManagedKey(),
        new Rds.RdsClusterCustomerManagedKey.RdsClusterCustomerManagedKey(),
        new Rds.RdsSnapshotEncrypted.RdsSnapshotEncrypted(),
        new Rds.RdsClusterSnapshotEncrypted.RdsClusterSnapshotEncrypted(),
        new Rds.RdsInstancePerformanceInsightsEncrypted.RdsInstancePerformanceInsightsEncrypted(),
    ];
}
