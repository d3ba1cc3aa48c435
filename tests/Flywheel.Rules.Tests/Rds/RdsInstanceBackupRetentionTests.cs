using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsInstanceBackupRetention;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceBackupRetentionTests
{
    private const string RuleId = "rds-instance-backup-retention";

    [Fact]
    public void Evaluate_RetentionAboveMinimum_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 14 days (minimumDays is 7)");
    }

    [Fact]
    public void Evaluate_RetentionBelowMinimum_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { BackupRetentionPeriod = 3 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 3 days; minimumDays is 7");
    }

    [Fact]
    public void Evaluate_RetentionBelowRaisedMinimum_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(), options: new RdsInstanceBackupRetentionOptions { MinimumDays = 30 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 14 days; minimumDays is 30");
    }

    [Fact]
    public void Evaluate_BackupsDisabled_FailsSayingSo()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { BackupRetentionPeriod = 0 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automated backups are disabled (BackupRetentionPeriod is 0; minimumDays is 7)");
    }

    [Fact]
    public void Evaluate_ReadReplica_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance("db-replica") with { ReadReplicaSourceIdentifier = "db-1", BackupRetentionPeriod = 0 });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("read replica of db-1; the source's backup retention is what matters (MySQL and MariaDB replicas may also keep backups of their own)");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1", BackupRetentionPeriod = 1 });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's backup retention applies; see rds-cluster-backup-retention");
    }

    [Fact]
    public void Evaluate_RetentionMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { BackupRetentionPeriod = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("BackupRetentionPeriod was not collected");
    }
}
