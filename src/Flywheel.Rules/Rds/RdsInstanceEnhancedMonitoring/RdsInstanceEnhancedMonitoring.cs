using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Rds.RdsInstanceEnhancedMonitoring;

/// <summary>Enhanced Monitoring collects OS metrics at least as often as the configured interval (Aurora members included: it is per instance).</summary>
internal sealed class RdsInstanceEnhancedMonitoring : Rule<DbInstance, RdsInstanceEnhancedMonitoringOptions>
{
    public override string Id => "rds-instance-enhanced-monitoring";

    public override IReadOnlyList<Dataset> RequiredDatasets { get; } = [Dataset.RdsDbInstances];

    protected override RuleResult Evaluate(DbInstance resource, RuleContext context, RdsInstanceEnhancedMonitoringOptions options)
    {
        if (resource.MonitoringInterval is not { } interval)
        {
            return RuleResult.Missing("MonitoringInterval");
        }

        var evidence = Evidence.Of("MonitoringInterval", interval);
        if (interval == 0)
        {
            return RuleResult.Fail("enhanced monitoring disabled (MonitoringInterval is 0)", evidence);
        }

        return interval > options.MaximumIntervalSeconds
            ? RuleResult.Fail($"enhanced monitoring interval is {interval}s, longer than the maximum of {options.MaximumIntervalSeconds}s", evidence)
            : RuleResult.Pass($"enhanced monitoring every {interval}s (maximum {options.MaximumIntervalSeconds}s)", evidence);
    }
}
