using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsInstanceLogExports;

/// <summary>The instance exports its engine's security-relevant logs to CloudWatch Logs. Aurora members export through the cluster.</summary>
internal sealed class RdsInstanceLogExports : Rule<DbInstance, RdsInstanceLogExportsOptions>
{
    public override string Id => "rds-instance-log-exports";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceLogExportsOptions options)
    {
        if (RdsEngines.IsAuroraMember(resource))
        {
            return RuleResult.NotApplicable($"instance is a member of Aurora cluster {resource.ClusterIdentifier}; the cluster's log exports apply");
        }

        return LogExportsCheck.Evaluate(resource.Engine, resource.EnabledCloudwatchLogsExports, options.RequiredLogTypes);
    }
}
