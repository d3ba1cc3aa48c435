using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterMasterPasswordManaged;

/// <summary>The cluster's master password is kept in Secrets Manager and rotated: RDS-managed, or a tagged secret with rotation.</summary>
internal sealed class RdsClusterMasterPasswordManaged : Rule<DbCluster, RdsClusterMasterPasswordManagedOptions>
{
    public override string Id => "rds-cluster-master-password-managed";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterMasterPasswordManagedOptions options) =>
        MasterPasswordCheck.Evaluate(resource, resource.Identifier, resource.MasterUserSecret, options.LinkTagKey, context);
}
