using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceDeletionProtectionTests
{
    private const string RuleId = "rds-instance-deletion-protection";

    [Fact]
    public void Evaluate_Enabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("DeletionProtection is true");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { DeletionProtection = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("DeletionProtection is false: one API call can delete the instance");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("DeletionProtection", "false"));
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1", DeletionProtection = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; deletion protection is set on the cluster; see rds-cluster-deletion-protection");
    }

    [Fact]
    public void Evaluate_MultiAzClusterMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance("maz-1-a") with { ClusterIdentifier = "maz-1", DeletionProtection = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Multi-AZ DB cluster maz-1; deletion protection is set on the cluster; see rds-cluster-deletion-protection");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { DeletionProtection = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("DeletionProtection was not collected");
    }
}
