using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Kms.KmsKeyRotationPeriod;

/// <summary>Options of kms-key-rotation-period.</summary>
internal sealed class KmsKeyRotationPeriodOptions
{
    [Description("Longest acceptable automatic rotation period in days (KMS allows 90 to 2560).")]
    [Range(90, 2560)]
    public int MaximumDays { get; set; } = 365;
}
