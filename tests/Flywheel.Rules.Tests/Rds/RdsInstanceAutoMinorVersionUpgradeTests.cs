using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceAutoMinorVersionUpgradeTests
{
    private const string RuleId = "rds-instance-auto-minor-version-upgrade";

    [Fact]
    public void Evaluate_Enabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automatic minor version upgrade is enabled");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { AutoMinorVersionUpgrade = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automatic minor version upgrade is disabled (AutoMinorVersionUpgrade is false)");
    }

    [Fact]
    public void Evaluate_AuroraMemberDisabled_FailsBecauseTheFlagIsPerInstance()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1", AutoMinorVersionUpgrade = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automatic minor version upgrade is disabled (AutoMinorVersionUpgrade is false)");
    }

    [Fact]
    public void Evaluate_RdsCustom_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "custom-oracle-ee") with { AutoMinorVersionUpgrade = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("engine custom-oracle-ee (RDS Custom) does not support automatic minor version upgrades");
    }

    [Fact]
    public void Evaluate_FlagMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { AutoMinorVersionUpgrade = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("AutoMinorVersionUpgrade was not collected");
    }
}
