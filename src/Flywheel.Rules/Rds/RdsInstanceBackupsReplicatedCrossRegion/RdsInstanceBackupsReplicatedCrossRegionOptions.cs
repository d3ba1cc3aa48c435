using System.ComponentModel;

namespace Flywheel.Rules.Rds.RdsInstanceBackupsReplicatedCrossRegion;

internal sealed class RdsInstanceBackupsReplicatedCrossRegionOptions
{
    [Description("Regions the automated backups must be replicated to; empty means any region other than the instance's own.")]
    public List<string> RequiredRegions { get; set; } = [];
}
