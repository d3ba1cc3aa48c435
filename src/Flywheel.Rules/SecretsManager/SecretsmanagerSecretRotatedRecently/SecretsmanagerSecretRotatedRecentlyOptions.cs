using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Rules.SecretsManager.SecretsmanagerSecretRotatedRecently;

/// <summary>Options of secretsmanager-secret-rotated-recently.</summary>
internal sealed class SecretsmanagerSecretRotatedRecentlyOptions
{
    [Description("Largest acceptable number of days since the secret was last rotated (or created, when never rotated).")]
    [Range(1, 3650)]
    public int MaximumDays { get; set; } = 90;
}
