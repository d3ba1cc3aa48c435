using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsInstanceStorageEncrypted;

/// <summary>An instance's storage is encrypted at rest. Aurora members inherit the cluster's setting.</summary>
internal sealed class RdsInstanceStorageEncrypted : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-storage-encrypted";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (resource.ClusterIdentifier is not null && resource.Engine.StartsWith("aurora", StringComparison.Ordinal))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's storage encryption applies");
        }

        return resource.StorageEncrypted switch
        {
            true => RuleResult.Pass("storage is encrypted", Evidence.Of("StorageEncrypted", true), new Evidence("KmsKeyId", resource.KmsKeyId)),
            false => RuleResult.Fail("storage is not encrypted (StorageEncrypted is false)", Evidence.Of("StorageEncrypted", false)),
            null => RuleResult.Missing("StorageEncrypted"),
        };
    }
}
