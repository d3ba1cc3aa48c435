using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterCopyTagsToSnapshotTests
{
    private const string RuleId = "rds-cluster-copy-tags-to-snapshot";

    [Fact]
    public void Evaluate_Enabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("CopyTagsToSnapshot is true");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { CopyTagsToSnapshot = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("CopyTagsToSnapshot is false: cluster snapshots are created without the cluster's tags");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("CopyTagsToSnapshot", "false"));
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { CopyTagsToSnapshot = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("CopyTagsToSnapshot was not collected");
    }
}
