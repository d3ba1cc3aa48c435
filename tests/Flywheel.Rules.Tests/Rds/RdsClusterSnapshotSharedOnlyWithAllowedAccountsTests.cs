using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsClusterSnapshotSharedOnlyWithAllowedAccounts;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterSnapshotSharedOnlyWithAllowedAccountsTests
{
    private const string RuleId = "rds-cluster-snapshot-shared-only-with-allowed-accounts";

    private static DbSnapshot Snapshot() => Some.Snapshot(kind: SnapshotKind.Cluster);

    [Fact]
    public void Evaluate_OtherKindOfSnapshot_IsNotSelected()
    {
        var snapshot = Some.Snapshot(kind: SnapshotKind.Instance) with { RestoreAttributeValues = ["all"] };
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
        var inventory = new InventoryBuilder().With(snapshot).MissingFor(Dataset.RdsDbClusterSnapshotAttributes, "snap-1", reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, snapshot, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-cluster-snapshot-attributes not collected for 123456789012/us-east-1 snap-1: AccessDenied");
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
        finding.Reason.ShouldBe("the snapshot is not shared with any account");
    }

    [Fact]
    public void Evaluate_SharedWithAllowedAccount_Passes()
    {
        var options = new RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions { AllowedAccounts = [Some.OtherAccount] };

        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = [Some.OtherAccount] }, options: options);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is shared only with allowed accounts: 210987654321");
    }

    [Fact]
    public void Evaluate_SharedWithOtherAccounts_FailsNamingThem()
    {
        var options = new RdsClusterSnapshotSharedOnlyWithAllowedAccountsOptions { AllowedAccounts = [Some.OtherAccount] };

        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = [Some.OtherAccount, "111122223333", "444455556666"] }, options: options);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the snapshot is shared with accounts not in allowedAccounts: 111122223333, 444455556666");
    }

    [Fact]
    public void Evaluate_DefaultOptions_AllowNoAccount()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = [Some.OtherAccount] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the snapshot is shared with accounts not in allowedAccounts: 210987654321");
    }

    [Fact]
    public void Evaluate_PublicOnly_IsLeftToTheNotPublicRule()
    {
        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = ["all"] });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is not shared with any account");
    }
}
