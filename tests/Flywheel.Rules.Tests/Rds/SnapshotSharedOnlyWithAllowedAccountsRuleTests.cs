using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

/// <summary>The shared-only-with-allowed-accounts rules of DB snapshots and DB cluster snapshots.</summary>
public abstract class SnapshotSharedOnlyWithAllowedAccountsRuleTests(string ruleId, SnapshotKind kind) : SnapshotSharingRuleTests(ruleId, kind)
{
    /// <summary>The rule's options allowing only <paramref name="account"/>.</summary>
    protected abstract object AllowingOnly(string account);

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
        var options = AllowingOnly(Some.OtherAccount);

        var finding = RuleHarness.Evaluate(RuleId, Snapshot() with { RestoreAttributeValues = [Some.OtherAccount] }, options: options);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is shared only with allowed accounts: 210987654321");
    }

    [Fact]
    public void Evaluate_SharedWithOtherAccounts_FailsNamingThem()
    {
        var options = AllowingOnly(Some.OtherAccount);

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
