using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceDeletionProtection;

/// <summary>An instance cannot be deleted until deletion protection is turned off. Cluster members: the cluster's setting applies.</summary>
internal sealed class RdsInstanceDeletionProtection : Rule<DbInstance, NoOptions>
{
    public override string Id => "rds-instance-deletion-protection";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, NoOptions options)
    {
        if (ClusterMembership.AnyMember(resource, "deletion protection is set on the cluster; see rds-cluster-deletion-protection") is { } member)
        {
            return member;
        }

        return resource.DeletionProtection switch
        {
            true => RuleResult.Pass("DeletionProtection is true", Evidence.Of("DeletionProtection", true)),
            false => RuleResult.Fail("DeletionProtection is false: one API call can delete the instance", Evidence.Of("DeletionProtection", false)),
            null => RuleResult.Missing("DeletionProtection"),
        };
    }
}
