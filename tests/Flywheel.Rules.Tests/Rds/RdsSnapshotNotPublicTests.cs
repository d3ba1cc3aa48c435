using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsSnapshotNotPublicTests
{
    private const string RuleId = "rds-snapshot-not-public";

    private static DbSnapshot Snapshot() => Some.Snapshot(kind: SnapshotKind.Instance);

    [Fact]
    public void Evaluate_OtherKindOfSnapshot_IsNotSelected()
    {
        var snapshot = Some.Snapshot(kind: SnapshotKind.Cluster) with { RestoreAttributeValues = ["all"] };
        var inventory = new InventoryBuilder().With(snapshot).Build();

        RuleHarness.EvaluateAll(RuleId, inventory).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_AutomatedSnapshot_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { SnapshotType = "automated", RestoreAttributeValues = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("automated snapshots cannot be shared; only manual snapshots can");
    }

    [Fact]
    public void Evaluate_SnapshotSharedFromAnotherAccount_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { SnapshotType = "shared", RestoreAttributeValues = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("the snapshot is owned by another account (SnapshotType is shared)");
    }

    [Fact]
    public void Evaluate_RestoreAttributeNotCollected_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RestoreAttributeValues was not collected");
    }

    [Fact]
    public void Evaluate_AttributeCallFailedForTheSnapshot_IsErrorNamingTheGap()
    {
        var snapshot = Snapshot() with { RestoreAttributeValues = null };
        var inventory = new InventoryBuilder().With(snapshot).MissingFor(Dataset.RdsDbSnapshotAttributes, "snap-1", reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, snapshot, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-snapshot-attributes not collected for 123456789012/us-east-1 snap-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_SnapshotTypeMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { SnapshotType = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("SnapshotType was not collected");
    }

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
