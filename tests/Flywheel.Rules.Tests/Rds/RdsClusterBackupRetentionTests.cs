using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsClusterBackupRetention;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterBackupRetentionTests
{
    private const string RuleId = "rds-cluster-backup-retention";

    [Fact]
    public void Evaluate_RetentionAboveMinimum_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 14 days (minimumDays is 7)");
    }

    [Fact]
    public void Evaluate_AuroraMinimumRetention_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { BackupRetentionPeriod = 1 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 1 day; minimumDays is 7");
    }

    [Fact]
    public void Evaluate_OptionLowered_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { BackupRetentionPeriod = 1 }, options: new RdsClusterBackupRetentionOptions { MinimumDays = 1 });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("BackupRetentionPeriod is 1 day (minimumDays is 1)");
    }

    [Fact]
    public void Evaluate_RetentionMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { BackupRetentionPeriod = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("BackupRetentionPeriod was not collected");
    }
}
