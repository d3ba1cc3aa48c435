namespace Flywheel.Store.Lifecycle;

/// <summary>One event the lifecycle decided to record.</summary>
internal sealed record LifecycleEvent(FindingEventKind Kind, string Reason, string? ExceptionId);
