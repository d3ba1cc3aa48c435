using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsClusterDeletionProtection;

/// <summary>A cluster cannot be deleted until deletion protection is turned off.</summary>
internal sealed class RdsClusterDeletionProtection : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-deletion-protection";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options) =>
        resource.DeletionProtection switch
        {
            true => RuleResult.Pass("DeletionProtection is true", Evidence.Of("DeletionProtection", true)),
            false => RuleResult.Fail("DeletionProtection is false: one API call can delete the cluster", Evidence.Of("DeletionProtection", false)),
            null => RuleResult.Missing("DeletionProtection"),
        };
}
