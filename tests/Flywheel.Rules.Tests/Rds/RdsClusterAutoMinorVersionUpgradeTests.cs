using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterAutoMinorVersionUpgradeTests
{
    private const string RuleId = "rds-cluster-auto-minor-version-upgrade";

    [Fact]
    public void Evaluate_MultiAzClusterEnabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "mysql") with { ClusterInstanceClass = "db.m6gd.large" });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automatic minor version upgrade is enabled");
    }

    [Fact]
    public void Evaluate_MultiAzClusterDisabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "postgres") with { AutoMinorVersionUpgrade = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automatic minor version upgrade is disabled (AutoMinorVersionUpgrade is false)");
    }

    [Fact]
    public void Evaluate_AuroraClusterWithoutClusterFlag_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { AutoMinorVersionUpgrade = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("Aurora cluster: automatic minor version upgrade is set on each member instance (see rds-instance-auto-minor-version-upgrade)");
    }

    [Fact]
    public void Evaluate_AuroraClusterReportingFlagOff_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { AutoMinorVersionUpgrade = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
    }

    [Fact]
    public void Evaluate_MultiAzClusterFlagMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "postgres") with { AutoMinorVersionUpgrade = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("AutoMinorVersionUpgrade was not collected");
    }
}
