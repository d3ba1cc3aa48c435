using Flywheel.Core.Findings;
using Flywheel.Core.Rules;

namespace Flywheel.Store;

/// <summary>A finding as the store knows it: identity, resource, current state and the latest verdict.</summary>
public sealed record StoredFinding
{
    public required string RuleId { get; init; }

    public required string ResourceArn { get; init; }

    public required string ResourceType { get; init; }

    public required string ResourceName { get; init; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required FindingState State { get; init; }

    /// <summary>The latest verdict of the rule on the resource.</summary>
    public required FindingStatus LastStatus { get; init; }

    public required string Reason { get; init; }

    public string? ExceptionId { get; init; }

    public string? Owner { get; init; }

    public string? Stack { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }

    public required DateTimeOffset StateChangedAt { get; init; }

    /// <summary>How often the finding failed again after it was resolved (or its resource came back).</summary>
    public required int ReopenCount { get; init; }

    public FindingKey Key => new(RuleId, ResourceArn);
}
