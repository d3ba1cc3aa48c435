using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsSnapshotEncryptedTests
{
    private const string RuleId = "rds-snapshot-encrypted";

    [Fact]
    public void Evaluate_Encrypted_PassesNamingTheKey()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Snapshot(kind: SnapshotKind.Instance));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("the snapshot is encrypted with KMS key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    }

    [Fact]
    public void Evaluate_UnencryptedAutomatedSnapshot_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Snapshot(kind: SnapshotKind.Instance) with { SnapshotType = "automated", Encrypted = false, KmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("the automated snapshot is not encrypted (Encrypted is false); anyone it is shared or copied to can read the data");
    }

    [Fact]
    public void Evaluate_OtherKindOfSnapshot_IsNotSelected()
    {
        var snapshot = Some.Snapshot(kind: SnapshotKind.Cluster) with { Encrypted = false };
        var inventory = new InventoryBuilder().With(snapshot).Build();

        RuleHarness.EvaluateAll(RuleId, inventory).ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_EncryptedMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Snapshot(kind: SnapshotKind.Instance) with { Encrypted = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("Encrypted was not collected");
    }
}
