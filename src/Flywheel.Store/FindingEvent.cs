namespace Flywheel.Store;

/// <summary>One lifecycle transition of a finding, with the scan that caused it.</summary>
public sealed record FindingEvent(DateTimeOffset At, string RuleId, string ResourceArn, FindingEventKind Kind, string Reason, long ScanId, string? ExceptionId);
