using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceEngineVersionSupported;

/// <summary>The instance runs an engine version RDS still offers in standard support. Aurora members follow the cluster.</summary>
internal sealed class RdsInstanceEngineVersionSupported : Rule<DbInstance, RdsInstanceEngineVersionSupportedOptions>
{
    public override string Id => "rds-instance-engine-version-supported";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances, Dataset.RdsEngineVersions];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceEngineVersionSupportedOptions options)
    {
        if (RdsEngines.IsAuroraMember(resource))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's engine version applies");
        }

        return EngineVersionCheck.Evaluate(resource, resource.Engine, resource.EngineVersion, options.WarnDays, context);
    }
}
