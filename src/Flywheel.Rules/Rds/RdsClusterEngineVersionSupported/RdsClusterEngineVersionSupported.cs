using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterEngineVersionSupported;

/// <summary>The cluster runs an engine version RDS still offers in standard support.</summary>
internal sealed class RdsClusterEngineVersionSupported : Rule<DbCluster, RdsClusterEngineVersionSupportedOptions>
{
    public override string Id => "rds-cluster-engine-version-supported";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters, Dataset.RdsEngineVersions];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterEngineVersionSupportedOptions options) =>
        EngineVersionCheck.Evaluate(resource, resource.Engine, resource.EngineVersion, options.WarnDays, context);
}
