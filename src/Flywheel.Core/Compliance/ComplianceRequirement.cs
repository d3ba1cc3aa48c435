namespace Flywheel.Core.Compliance;

/// <summary>One requirement (control) of a framework and the rules that check it.</summary>
public sealed record ComplianceRequirement
{
    public required string Id { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<string> Rules { get; init; }
}
