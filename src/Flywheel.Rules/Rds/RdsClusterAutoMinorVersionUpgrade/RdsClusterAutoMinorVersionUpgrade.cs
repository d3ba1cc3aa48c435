using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsClusterAutoMinorVersionUpgrade;

/// <summary>
/// Multi-AZ DB clusters apply minor versions automatically. For Aurora the flag is per member instance, so an
/// Aurora cluster is judged only where the cluster itself reports the flag.
/// </summary>
internal sealed class RdsClusterAutoMinorVersionUpgrade : Rule<DbCluster, NoOptions>
{
    public override string Id => "rds-cluster-auto-minor-version-upgrade";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, NoOptions options)
    {
        return resource.AutoMinorVersionUpgrade switch
        {
            true => RuleResult.Pass("automatic minor version upgrade is enabled", Evidence.Of("AutoMinorVersionUpgrade", true)),
            false => RuleResult.Fail("automatic minor version upgrade is disabled (AutoMinorVersionUpgrade is false)", Evidence.Of("AutoMinorVersionUpgrade", false)),
            null when resource.IsAurora => RuleResult.NotApplicable("Aurora cluster: automatic minor version upgrade is set on each member instance (see rds-instance-auto-minor-version-upgrade)"),
            null => RuleResult.Missing("AutoMinorVersionUpgrade"),
        };
    }
}
