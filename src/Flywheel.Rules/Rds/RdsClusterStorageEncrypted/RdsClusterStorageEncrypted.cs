using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsClusterStorageEncrypted;

/// <summary>A cluster's storage (Aurora cluster volume or Multi-AZ DB cluster storage) is encrypted at rest.</summary>
internal sealed class RdsClusterStorageEncrypted : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-storage-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options) =>
        resource.StorageEncrypted switch
        {
            true => RuleResult.Pass("storage is encrypted", Evidence.Of("StorageEncrypted", true), new Evidence("KmsKeyId", resource.KmsKeyId)),
            false => RuleResult.Fail("storage is not encrypted (StorageEncrypted is false)", Evidence.Of("StorageEncrypted", false)),
            null => RuleResult.Missing("StorageEncrypted"),
        };
}
