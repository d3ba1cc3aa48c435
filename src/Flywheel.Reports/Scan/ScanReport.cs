using Flywheel.Core.Findings;
using Flywheel.Core.Rules;
using Flywheel.Core.Scanning;

namespace Flywheel.Reports.Scan;

/// <summary>Everything a scan report shows: the evaluation, where the data and policy came from, and the gate.</summary>
public sealed record ScanReport
{
    public required ToolInfo Tool { get; init; }

    public required ScanSource Source { get; init; }

    /// <summary>The policy's source: a file path or "built-in default".</summary>
    public required string PolicySource { get; init; }

    public required EvaluationResult Result { get; init; }

    /// <summary>Gives each rule's compliance mappings and title.</summary>
    public required RuleRegistry Registry { get; init; }

    /// <summary>The gate: failures and errors below this severity do not fail the scan.</summary>
    public Severity MinSeverity { get; init; } = Severity.Low;

    /// <summary>The rule globs the scan was narrowed to (empty: every rule the policy enables).</summary>
    public IReadOnlyList<string> RuleFilter { get; init; } = [];

    /// <summary>The findings in report order: rule id, account, region, resource ARN (ordinal).</summary>
    public IReadOnlyList<Finding> OrderedFindings => Result.Findings
        .OrderBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.Resource.AccountId, StringComparer.Ordinal)
        .ThenBy(f => f.Resource.Region, StringComparer.Ordinal)
        .ThenBy(f => f.Resource.Arn, StringComparer.Ordinal)
        .ToArray();

    public ScanSummary Summary => ScanSummary.Of(this);
}
