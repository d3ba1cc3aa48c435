using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterDeletionProtectionTests
{
    private const string RuleId = "rds-cluster-deletion-protection";

    [Fact]
    public void Evaluate_Enabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("DeletionProtection is true");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { DeletionProtection = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("DeletionProtection is false: one API call can delete the cluster");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("DeletionProtection", "false"));
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { DeletionProtection = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("DeletionProtection was not collected");
    }
}
