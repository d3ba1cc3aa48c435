using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

/// <summary>The not-public rules of DB snapshots and DB cluster snapshots: the restore attribute must not hold "all".</summary>
public abstract class SnapshotNotPublicRuleTests(string ruleId, SnapshotKind kind) : SnapshotSharingRuleTests(ruleId, kind)
{
    [Fact]
    public void Evaluate_NotShared_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is not shared");
    }

    [Fact]
    public void Evaluate_SharedWithAnAccount_PassesNamingIt()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = [Some.OtherAccount] });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is not public (shared with 210987654321)");
    }

    [Fact]
    public void Evaluate_Public_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = ["all", Some.OtherAccount] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the snapshot is public: its restore attribute contains \"all\", so any AWS account can copy or restore it");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("RestoreAttributeValues", "all,210987654321"));
    }
}
