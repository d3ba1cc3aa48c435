namespace Flywheel.Store;

/// <summary>Which findings to list. Every criterion set must match.</summary>
public sealed record FindingFilter
{
    /// <summary>Only open findings (not suppressed, resolved or gone).</summary>
    public bool OpenOnly { get; init; }

    /// <summary>Only findings whose state changed (opened, reopened, resolved…) at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>A rule id or glob (<c>rds-*</c>).</summary>
    public string? Rule { get; init; }

    public string? AccountId { get; init; }

    /// <summary>At most this many findings (null: all).</summary>
    public int? Limit { get; init; }
}
