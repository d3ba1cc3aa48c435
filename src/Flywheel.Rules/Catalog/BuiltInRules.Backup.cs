using Flywheel.Core.Rules;

namespace Flywheel.Rules.Catalog;

public static partial class BuiltInRules
{
    private static IEnumerable<IRule> BackupRules() =>
    [
        new Rds.RdsInstanceBackupRetention.RdsInstanceBackupRetention(),
        new Rds.RdsClusterBackupRetention.RdsClusterBackupRetention(),
        new Rds.RdsInstanceCopyTagsToSnapshot.RdsInstanceCopyTagsToSnapshot(),
        new Rds.RdsClusterCopyTagsToSnapshot.RdsClusterCopyTagsToSnapshot(),
        new Rds.RdsInstanceBackupsReplicatedCrossRegion.RdsInstanceBackupsReplicatedCrossRegion(),
    ];
}
