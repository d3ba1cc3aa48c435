using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Flywheel.Core.Tests.Policy;

/// <summary>Options of an opt-in rule: a required value without a default, an enum and a nullable number.</summary>
public sealed class FakeReplicationOptions
{
    [Description("The region backups are replicated to.")]
    [Required]
    public string? DestinationRegion { get; set; }

    [Description("What is replicated.")]
    public FakeReplicationMode Mode { get; set; } = FakeReplicationMode.AutomatedBackups;

    [Description("Maximum replication lag in hours; unset means any.")]
    [Range(1, 48)]
    public int? MaximumLagHours { get; set; }
}
