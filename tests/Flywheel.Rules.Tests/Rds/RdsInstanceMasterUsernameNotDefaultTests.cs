using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsInstanceMasterUsernameNotDefault;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceMasterUsernameNotDefaultTests
{
    private const string RuleId = "rds-instance-master-username-not-default";

    [Fact]
    public void Evaluate_CustomUsername_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("master username 'flywheel_admin' is not a well-known default name");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Postgres")]
    [InlineData("SA")]
    [InlineData("awsuser")]
    public void Evaluate_DefaultUsername_FailsIgnoringCase(string username)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MasterUsername = username });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe($"master username '{username}' is a well-known default name");
    }

    [Fact]
    public void Evaluate_ConfiguredDefaults_ReplaceTheBuiltInList()
    {
        var options = new RdsInstanceMasterUsernameNotDefaultOptions { DefaultUsernames = ["flywheel_admin"] };

        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(), options: options);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("master username 'flywheel_admin' is a well-known default name");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1", MasterUsername = "admin" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's master user applies");
    }

    [Fact]
    public void Evaluate_UsernameMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MasterUsername = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("MasterUsername was not collected");
    }
}
