using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Rds.RdsInstanceCaCertificateValid;

internal sealed class RdsInstanceCaCertificateValidOptions
{
    [Description("Fail when the instance's server certificate expires in fewer than this many days.")]
    [Range(0, 3650)]
    public int MinimumDaysRemaining { get; set; } = 30;
}
