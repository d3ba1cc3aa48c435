using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Core.Tests.Policy;

/// <summary>Options of every supported shape, with the attributes rules use.</summary>
public sealed class FakeBackupRetentionOptions
{
    [Description("Minimum automated backup retention, in days.")]
    [Range(1, 35)]
    public int MinimumDays { get; set; } = 7;

    [Description("Also require tags to be copied to snapshots.")]
    public bool RequireCopyTagsToSnapshot { get; set; } = true;

    [Description("Engines the rule looks at.")]
    [MinLength(1)]
    public List<string> Engines { get; set; } = ["postgres", "mysql"];

    [Description("Parameters that must be set, per parameter group family.")]
    public Dictionary<string, List<string>> RequiredParameters { get; set; } = new(StringComparer.Ordinal) { ["postgres16"] = ["rds.force_ssl"] };
}
