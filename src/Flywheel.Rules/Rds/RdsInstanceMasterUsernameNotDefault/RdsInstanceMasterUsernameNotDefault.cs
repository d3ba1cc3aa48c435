using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceMasterUsernameNotDefault;

/// <summary>The master user name is not a well-known default an attacker would guess first.</summary>
internal sealed class RdsInstanceMasterUsernameNotDefault : Rule<DbInstance, RdsInstanceMasterUsernameNotDefaultOptions>
{
    public override string Id => "rds-instance-master-username-not-default";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceMasterUsernameNotDefaultOptions options)
    {
        if (RdsEngines.IsAuroraMember(resource))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's master user applies");
        }

        return DefaultUsernames.Evaluate(resource.MasterUsername, options.DefaultUsernames);
    }
}
