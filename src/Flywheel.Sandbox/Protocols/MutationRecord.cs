namespace Flywheel.Sandbox.Protocols;

/// <summary>A mutating call to record: the affected resource ARNs and the request parameters as CloudTrail shows them.</summary>
internal sealed record MutationRecord(IReadOnlyList<string> ResourceArns, IReadOnlyDictionary<string, object?> RequestParameters);
