using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

/// <summary>
/// The judgement the snapshot sharing rules share (which snapshots can be shared, and what is missing), checked for
/// each of them: DB snapshots and DB cluster snapshots, not-public and shared-only-with-allowed-accounts.
/// </summary>
public abstract class SnapshotSharingRuleTests(string ruleId, SnapshotKind kind)
{
    protected string RuleId { get; } = ruleId;

    private SnapshotKind OtherKind => kind == SnapshotKind.Instance ? SnapshotKind.Cluster : SnapshotKind.Instance;

    private Dataset AttributesDataset => kind == SnapshotKind.Instance ? Dataset.RdsDbSnapshotAttributes : Dataset.RdsDbClusterSnapshotAttributes;

    private string AttributesCommand => kind == SnapshotKind.Instance ? "describe-db-snapshot-attributes" : "describe-db-cluster-snapshot-attributes";

    protected DbSnapshot Snapshot() => Some.Snapshot(kind: kind);

    [Fact]
    public void Evaluate_OtherKindOfSnapshot_IsNotSelected()
    {
        var snapshot = Some.Snapshot(kind: OtherKind) with { RestoreAttributeValues = ["all"] };
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
        var inventory = new InventoryBuilder().With(snapshot).MissingFor(AttributesDataset, "snap-1", reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, snapshot, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe($"rds {AttributesCommand} not collected for 123456789012/us-east-1 snap-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_SnapshotTypeMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { SnapshotType = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("SnapshotType was not collected");
    }
}
