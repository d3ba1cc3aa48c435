using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyInUseNotDisabledTests
{
    private const string RuleId = "kms-key-in-use-not-disabled";

    private static readonly DateTimeOffset DeletionDate = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_EnabledKeyInUse_Passes()
    {
        var key = Some.Key();

        var finding = RuleHarness.Evaluate(RuleId, key, new InventoryBuilder().With(key, Some.Instance()).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("key is not disabled or pending deletion (KeyState Enabled)");
    }

    [Fact]
    public void Evaluate_DisabledKeyInUse_FailsListingDependentsAndUsage()
    {
        var key = Some.Key() with { KeyState = "Disabled", Enabled = false };

        var finding = RuleHarness.Evaluate(RuleId, key, new InventoryBuilder().With(key, Some.Instance()).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key is disabled but 3 resources depend on it: db-1 (InstanceStorage), db-1 (PerformanceInsights), db-1 (MasterUserSecret)");
    }

    [Fact]
    public void Evaluate_PendingDeletionWithManyDependents_ListsTenAndCountsTheRest()
    {
        var key = Some.Key() with { KeyState = "PendingDeletion", Enabled = false, DeletionDate = DeletionDate };
        var snapshots = Enumerable.Range(1, 12).Select(i => (AwsResource)Some.Snapshot($"snap-{i:00}")).ToArray();

        var finding = RuleHarness.Evaluate(RuleId, key, new InventoryBuilder().With(key).With(snapshots).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key is pending deletion on 2026-12-01 but 12 resources depend on it: snap-01 (Snapshot), snap-02 (Snapshot), snap-03 (Snapshot), snap-04 (Snapshot), snap-05 (Snapshot), snap-06 (Snapshot), snap-07 (Snapshot), snap-08 (Snapshot), snap-09 (Snapshot), snap-10 (Snapshot), and 2 more");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("DeletionDate", "2026-12-01T00:00:00.0000000+00:00"));
    }

    [Fact]
    public void Evaluate_DisabledFlagOnlyWithOneDependent_Fails()
    {
        var key = Some.Key() with { KeyState = null, Enabled = false };

        var finding = RuleHarness.Evaluate(RuleId, key, new InventoryBuilder().With(key, Some.Secret()).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key is disabled but 1 resource depends on it: app/db (Secret)");
    }

    [Fact]
    public void Evaluate_DisabledUnusedKey_PassesSayingUnused()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeyState = "Disabled", Enabled = false });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("key is disabled and unused: no collected resource depends on it");
    }

    [Fact]
    public void Evaluate_StateMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeyState = null, Enabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("KeyState was not collected");
    }
}
