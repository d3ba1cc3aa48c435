using Flywheel.Core.Findings;

namespace Flywheel.Store.Lifecycle;

/// <summary>What the lifecycle needs to know about a finding already in the store.</summary>
internal sealed record StoredFindingState(
    FindingKey Key,
    FindingState State,
    string ResourceType,
    string ResourceName,
    string AccountId,
    string Region,
    int ReopenCount,
    string? ExceptionId);
