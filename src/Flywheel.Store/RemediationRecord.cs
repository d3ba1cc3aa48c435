namespace Flywheel.Store;

/// <summary>A remediation run against one resource and its outcome (<c>succeeded</c>, <c>skipped</c>, <c>failed</c>).</summary>
public sealed record RemediationRecord(
    string RemediationId,
    string RuleId,
    string ResourceArn,
    string Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Outcome,
    string? ErrorCode,
    string Message);
