using System.ComponentModel;
using Flywheel.Rules.Knowledge;

namespace Flywheel.Rules.Rds.RdsClusterLogExports;

/// <summary>Options of rds-cluster-log-exports.</summary>
internal sealed class RdsClusterLogExportsOptions
{
    [Description("Log types that must be exported to CloudWatch Logs, per engine name or family (sqlserver, oracle and db2 cover every edition).")]
    public Dictionary<string, List<string>> RequiredLogTypes { get; set; } = EngineLogTypes.Defaults();
}
