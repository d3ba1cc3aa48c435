namespace Flywheel.Sandbox.Protocols;

/// <summary>One page of a list and the marker of the next page (null on the last), or why the request was invalid.</summary>
internal sealed record PageResult<T>(IReadOnlyList<T> Items, string? NextMarker, AwsError? Error);
