using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceBackupRetention;

/// <summary>
/// Automated backups are kept for at least the minimum number of days. Cluster members are backed up by the
/// cluster; read replicas are restored from their source, whose retention is what matters.
/// </summary>
internal sealed class RdsInstanceBackupRetention : Rule<DbInstance, RdsInstanceBackupRetentionOptions>
{
    public override string Id => "rds-instance-backup-retention";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceBackupRetentionOptions options)
    {
        if (ClusterMembership.AnyMember(resource, "the cluster's backup retention applies; see rds-cluster-backup-retention") is { } member)
        {
            return member;
        }

        if ((resource.ReadReplicaSourceIdentifier ?? resource.ReadReplicaSourceClusterIdentifier) is { } source)
        {
            return RuleResult.NotApplicable($"read replica of {source}; the source's backup retention is what matters (MySQL and MariaDB replicas may also keep backups of their own)", new Evidence("ReadReplicaSourceIdentifier", source));
        }

        return Judge(resource.BackupRetentionPeriod, options.MinimumDays);
    }

    internal static RuleResult Judge(int? retention, int minimumDays)
    {
        if (retention is not { } days)
        {
            return RuleResult.Missing("BackupRetentionPeriod");
        }

        var evidence = Evidence.Of("BackupRetentionPeriod", days);
        if (days == 0)
        {
            return RuleResult.Fail(string.Create(CultureInfo.InvariantCulture, $"automated backups are disabled (BackupRetentionPeriod is 0; minimumDays is {minimumDays})"), evidence);
        }

        return days < minimumDays
            ? RuleResult.Fail(string.Create(CultureInfo.InvariantCulture, $"BackupRetentionPeriod is {Days(days)}; minimumDays is {minimumDays}"), evidence)
            : RuleResult.Pass(string.Create(CultureInfo.InvariantCulture, $"BackupRetentionPeriod is {Days(days)} (minimumDays is {minimumDays})"), evidence);
    }

    private static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
