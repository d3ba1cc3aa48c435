using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceMasterPasswordManaged;

/// <summary>The master password is kept in Secrets Manager and rotated: RDS-managed, or a tagged secret with rotation.</summary>
internal sealed class RdsInstanceMasterPasswordManaged : Rule<DbInstance, RdsInstanceMasterPasswordManagedOptions>
{
    public override string Id => "rds-instance-master-password-managed";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceMasterPasswordManagedOptions options)
    {
        if (RdsEngines.IsAuroraMember(resource))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's master user password applies");
        }

        return MasterPasswordCheck.Evaluate(resource, resource.Identifier, resource.MasterUserSecret, options.LinkTagKey, context);
    }
}
