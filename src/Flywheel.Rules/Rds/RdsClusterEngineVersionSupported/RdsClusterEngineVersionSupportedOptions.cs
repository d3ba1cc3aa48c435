using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Rds.RdsClusterEngineVersionSupported;

/// <summary>Options of rds-cluster-engine-version-supported.</summary>
internal sealed class RdsClusterEngineVersionSupportedOptions
{
    [Description("Fail this many days before the end of RDS standard support for the major version (0 turns the early warning off).")]
    [Range(0, 3650)]
    public int WarnDays { get; set; }
}
