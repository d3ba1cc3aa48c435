using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Rds.RdsClusterBackupRetention;

internal sealed class RdsClusterBackupRetentionOptions
{
    [Description("The fewest days of automated backups (point-in-time recovery window) to keep; RDS allows 1 to 35.")]
    [Range(1, 35)]
    public int MinimumDays { get; set; } = 7;
}
