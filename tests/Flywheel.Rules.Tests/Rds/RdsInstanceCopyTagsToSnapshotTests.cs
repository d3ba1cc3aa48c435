using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceCopyTagsToSnapshotTests
{
    private const string RuleId = "rds-instance-copy-tags-to-snapshot";

    [Fact]
    public void Evaluate_Enabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("CopyTagsToSnapshot is true");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CopyTagsToSnapshot = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("CopyTagsToSnapshot is false: snapshots are created without the instance's tags");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("CopyTagsToSnapshot", "false"));
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1", CopyTagsToSnapshot = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; snapshots are taken of the cluster; see rds-cluster-copy-tags-to-snapshot");
    }

    [Fact]
    public void Evaluate_MultiAzClusterMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance("maz-1-a") with { ClusterIdentifier = "maz-1", CopyTagsToSnapshot = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Multi-AZ DB cluster maz-1; snapshots are taken of the cluster; see rds-cluster-copy-tags-to-snapshot");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { CopyTagsToSnapshot = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("CopyTagsToSnapshot was not collected");
    }
}
