using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterCustomerManagedKey;

/// <summary>An encrypted cluster uses a customer managed KMS key rather than the AWS managed aws/rds key.</summary>
internal sealed class RdsClusterCustomerManagedKey : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-customer-managed-key";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options) =>
        resource.StorageEncrypted switch
        {
            null => RuleResult.Missing("StorageEncrypted"),
            false => RuleResult.NotApplicable("storage not encrypted; see rds-cluster-storage-encrypted", Evidence.Of("StorageEncrypted", false)),
            true when resource.KmsKeyId is null => RuleResult.Missing("KmsKeyId"),
            true => KeyOwnership.Check(context, resource, resource.KmsKeyId, "storage"),
        };
}
