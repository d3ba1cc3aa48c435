using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceCustomerManagedKeyTests
{
    private const string RuleId = "rds-instance-customer-managed-key";

    private static KmsKey AwsManagedKey() => Some.Key("aws-managed-1") with { KeyManager = "AWS", Aliases = ["alias/aws/rds"] };

    [Fact]
    public void Evaluate_CustomerManagedKey_PassesNamingKeyAndAlias()
    {
        var resource = Some.Instance();
        var inventory = new InventoryBuilder().With(resource, Some.Key()).Build();

        var finding = RuleHarness.Evaluate(RuleId, resource, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("storage is encrypted with customer managed key 1234abcd-12ab-34cd-56ef-1234567890ab (alias/rds-data)");
    }

    [Fact]
    public void Evaluate_AwsManagedKey_FailsNamingTheAlias()
    {
        var resource = Some.Instance() with { KmsKeyId = Some.KeyArn("aws-managed-1") };
        var inventory = new InventoryBuilder().With(resource, AwsManagedKey()).Build();

        var finding = RuleHarness.Evaluate(RuleId, resource, inventory);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("storage is encrypted with the AWS managed key aws-managed-1 (alias/aws/rds), not a customer managed key");
    }

    [Fact]
    public void Evaluate_Unencrypted_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { StorageEncrypted = false, KmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("storage not encrypted; see rds-instance-storage-encrypted");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's key applies; see rds-cluster-customer-managed-key");
    }

    [Fact]
    public void Evaluate_KeyNotInInventory_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("the KMS key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab used for storage is not in the inventory");
    }

    [Fact]
    public void Evaluate_KeysNotCollected_IsErrorNamingTheGap()
    {
        var resource = Some.Instance();
        var inventory = new InventoryBuilder().With(resource).Missing(Dataset.KmsKeys, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, resource, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms list-keys not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_KeyManagerNotCollected_IsError()
    {
        var resource = Some.Instance();
        var inventory = new InventoryBuilder().With(resource, Some.Key() with { KeyManager = null }).Build();

        var finding = RuleHarness.Evaluate(RuleId, resource, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("KeyManager was not collected");
    }

    [Fact]
    public void Evaluate_KeyIdMissingWhileEncrypted_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { KmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("KmsKeyId was not collected");
    }
}
