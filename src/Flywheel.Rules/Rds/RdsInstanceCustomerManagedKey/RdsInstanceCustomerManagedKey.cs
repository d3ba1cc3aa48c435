using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceCustomerManagedKey;

/// <summary>An encrypted instance uses a customer managed KMS key rather than the AWS managed aws/rds key.</summary>
internal sealed class RdsInstanceCustomerManagedKey : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-customer-managed-key";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (ClusterMembership.AuroraMember(resource, "the cluster's key applies; see rds-cluster-customer-managed-key") is { } member)
        {
            return member;
        }

        return resource.StorageEncrypted switch
        {
            null => RuleResult.Missing("StorageEncrypted"),
            false => RuleResult.NotApplicable("storage not encrypted; see rds-instance-storage-encrypted", Evidence.Of("StorageEncrypted", false)),
            true when resource.KmsKeyId is null => RuleResult.Missing("KmsKeyId"),
            true => KeyOwnership.Check(context, resource, resource.KmsKeyId, "storage"),
        };
    }
}
