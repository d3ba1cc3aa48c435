using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsClusterCopyTagsToSnapshot;

/// <summary>Cluster snapshots inherit the cluster's tags.</summary>
internal sealed class RdsClusterCopyTagsToSnapshot : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-copy-tags-to-snapshot";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options) =>
        resource.CopyTagsToSnapshot switch
        {
            true => RuleResult.Pass("CopyTagsToSnapshot is true", Evidence.Of("CopyTagsToSnapshot", true)),
            false => RuleResult.Fail("CopyTagsToSnapshot is false: cluster snapshots are created without the cluster's tags", Evidence.Of("CopyTagsToSnapshot", false)),
            null => RuleResult.Missing("CopyTagsToSnapshot"),
        };
}
