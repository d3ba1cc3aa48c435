using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsClusterBackupRetention;

/// <summary>A cluster keeps automated backups for at least the minimum number of days.</summary>
internal sealed class RdsClusterBackupRetention : Rule<DbCluster, RdsClusterBackupRetentionOptions>
{
    public override string Id => "rds-cluster-backup-retention";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterBackupRetentionOptions options) =>
        RdsInstanceBackupRetention.RdsInstanceBackupRetention.Judge(resource.BackupRetentionPeriod, options.MinimumDays);
}
