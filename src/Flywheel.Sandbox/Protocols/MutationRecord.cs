namespace Flywheel.Sandbox.Protocols;

/// <summary>A mutating call to record: the affected resource ARNs and the request parameters as CloudTrail shows them.</summary>
internal sealed record MutationRecord(IReadOnlyList<string> ResourceArns, IReadOnlyDictionary<string, object?> RequestParameters)
{
    /// <summary>The CloudTrail eventName when it is not the request's operation (rest-json routes).</summary>
    public string? EventName { get; init; }
}
