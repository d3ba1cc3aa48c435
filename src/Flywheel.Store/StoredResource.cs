namespace Flywheel.Store;

/// <summary>A resource as last seen, with its owner and stack attribution from tags.</summary>
public sealed record StoredResource(
    string Arn,
    string ResourceType,
    string Name,
    string AccountId,
    string Region,
    string? Owner,
    string? Stack,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? GoneAt);
