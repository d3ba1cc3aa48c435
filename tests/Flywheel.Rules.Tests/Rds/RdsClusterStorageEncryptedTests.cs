using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterStorageEncryptedTests
{
    private const string RuleId = "rds-cluster-storage-encrypted";

    [Fact]
    public void Evaluate_EncryptedCluster_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("storage is encrypted");
    }

    [Fact]
    public void Evaluate_UnencryptedCluster_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { StorageEncrypted = false, KmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("storage is not encrypted (StorageEncrypted is false)");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { StorageEncrypted = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("StorageEncrypted was not collected");
    }

    [Fact]
    public void Evaluate_ClustersNotCollected_IsError()
    {
        var cluster = Some.Cluster();
        var inventory = new InventoryBuilder().With(cluster).Missing(Dataset.RdsDbClusters, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-clusters not collected for 123456789012/us-east-1: AccessDenied");
    }
}
