using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterLogExports;

/// <summary>The cluster exports its engine's security-relevant logs to CloudWatch Logs (Multi-AZ clusters use their engine's entry).</summary>
internal sealed class RdsClusterLogExports : Rule<DbCluster, RdsClusterLogExportsOptions>
{
    public override string Id => "rds-cluster-log-exports";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbClusters];

    protected override RuleResult Evaluate(DbCluster resource, RuleContext context, RdsClusterLogExportsOptions options) =>
        LogExportsCheck.Evaluate(resource.Engine, resource.EnabledCloudwatchLogsExports, options.RequiredLogTypes);
}
