using Flywheel.Core.Rules;

namespace Flywheel.Core.Findings;

/// <summary>A rule's verdict on a resource with the policy applied: severity, exception, compliance.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required FindingStatus Status { get; init; }

    public required ResourceRef Resource { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>The exception that matched (suppressing, or expired and no longer suppressing).</summary>
    public AppliedException? Exception { get; init; }

    public FindingKey Key => new(RuleId, Resource.Arn);
}
