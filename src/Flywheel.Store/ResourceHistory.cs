namespace Flywheel.Store;

/// <summary>The matching resources (an ARN matches one; a name may match several) and everything that happened to them.</summary>
public sealed record ResourceHistory(IReadOnlyList<StoredResource> Resources, IReadOnlyList<FindingEvent> Events, IReadOnlyList<RemediationRecord> Remediations);
