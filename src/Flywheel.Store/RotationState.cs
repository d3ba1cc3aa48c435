namespace Flywheel.Store;

/// <summary>The durable state of one key-rotation workflow; <paramref name="Data"/> is the workflow's own JSON.</summary>
public sealed record RotationState(string WorkflowId, string KeyArn, string ResourceArn, string Step, string Status, string Data, DateTimeOffset UpdatedAt, long Version);
