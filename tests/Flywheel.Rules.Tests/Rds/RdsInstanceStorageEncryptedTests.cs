using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceStorageEncryptedTests
{
    private const string RuleId = "rds-instance-storage-encrypted";

    [Fact]
    public void Evaluate_EncryptedInstance_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("storage is encrypted");
    }

    [Fact]
    public void Evaluate_UnencryptedInstance_FailsWithReason()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { StorageEncrypted = false, KmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("storage is not encrypted (StorageEncrypted is false)");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("StorageEncrypted", "false"));
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1", StorageEncrypted = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldContain("cluster-1");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsErrorNotPass()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { StorageEncrypted = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("StorageEncrypted was not collected");
    }

    [Fact]
    public void Evaluate_InstancesNotCollected_IsError()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsDbInstances, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-instances not collected for 123456789012/us-east-1: AccessDenied");
    }
}
