using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Rds.RdsInstanceEnhancedMonitoring;

/// <summary>Options of rds-instance-enhanced-monitoring.</summary>
internal sealed class RdsInstanceEnhancedMonitoringOptions
{
    [Description("Longest acceptable Enhanced Monitoring interval in seconds (RDS offers 1, 5, 10, 15, 30 and 60).")]
    [Range(1, 60)]
    public int MaximumIntervalSeconds { get; set; } = 60;
}
