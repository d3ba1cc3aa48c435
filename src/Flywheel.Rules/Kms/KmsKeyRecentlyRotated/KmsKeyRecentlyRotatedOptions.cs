using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.Kms.KmsKeyRecentlyRotated;

/// <summary>Options of kms-key-recently-rotated.</summary>
internal sealed class KmsKeyRecentlyRotatedOptions
{
    [Description("Largest acceptable age in days of the key's current material (since its last rotation, or creation when never rotated).")]
    [Range(1, 3650)]
    public int MaximumAgeDays { get; set; } = 400;
}
