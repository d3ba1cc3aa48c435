using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterMasterUsernameNotDefaultTests
{
    private const string RuleId = "rds-cluster-master-username-not-default";

    [Fact]
    public void Evaluate_CustomUsername_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master username 'flywheel_admin' is not a well-known default name");
    }

    [Fact]
    public void Evaluate_DefaultUsername_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { MasterUsername = "Root" });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("master username 'Root' is a well-known default name");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("MasterUsername", "Root"));
    }

    [Fact]
    public void Evaluate_UsernameMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { MasterUsername = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("MasterUsername was not collected");
    }
}
