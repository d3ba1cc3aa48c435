namespace Flywheel.Core.Compliance;

/// <summary>A compliance framework as data: its requirements and the rule ids that check each.</summary>
public sealed record ComplianceFramework
{
    /// <summary>Stable id, for example <c>aws-fsbp</c>, <c>cis-aws-foundations-5.0</c>, <c>pci-dss-4.0</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Version { get; init; }

    public required IReadOnlyList<ComplianceRequirement> Requirements { get; init; }
}
