using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterMasterUsernameNotDefault;

/// <summary>The cluster's master user name is not a well-known default an attacker would guess first.</summary>
internal sealed class RdsClusterMasterUsernameNotDefault : Rule<DbCluster, RdsClusterMasterUsernameNotDefaultOptions>
{
    public override string Id => "rds-cluster-master-username-not-default";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterMasterUsernameNotDefaultOptions options) =>
        DefaultUsernames.Evaluate(resource.MasterUsername, options.DefaultUsernames);
}
