using Flywheel.Core.Findings;
using Flywheel.Core.Rules;

namespace Flywheel.Reports.Scan;

/// <summary>The counts of a scan: by status, by severity and status, and the gate's verdict.</summary>
public sealed record ScanSummary
{
    public required int RulesEvaluated { get; init; }

    public required int ResourcesEvaluated { get; init; }

    public required int Scopes { get; init; }

    public required IReadOnlyDictionary<FindingStatus, int> ByStatus { get; init; }

    /// <summary>Severity (critical first) to counts by status.</summary>
    public required IReadOnlyList<(Severity Severity, IReadOnlyDictionary<FindingStatus, int> Counts)> BySeverity { get; init; }

    /// <summary>Failing findings at or above the gate.</summary>
    public required int FailingAtOrAboveGate { get; init; }

    /// <summary>Error results at or above the gate.</summary>
    public required int ErrorsAtOrAboveGate { get; init; }

    public ScanOutcome Outcome => FailingAtOrAboveGate > 0 ? ScanOutcome.Fail : ErrorsAtOrAboveGate > 0 ? ScanOutcome.Incomplete : ScanOutcome.Pass;

    public int Count(FindingStatus status) => ByStatus.GetValueOrDefault(status);

    public static ScanSummary Of(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.Result.Findings;
        return new ScanSummary
        {
            RulesEvaluated = report.Result.RulesEvaluated.Count,
            ResourcesEvaluated = findings.Select(f => f.Resource.Arn).Distinct(StringComparer.Ordinal).Count(),
            Scopes = report.Source.Scopes.Count,
            ByStatus = CountByStatus(findings),
            BySeverity = Enum.GetValues<Severity>().OrderDescending()
                .Select(s => (s, (IReadOnlyDictionary<FindingStatus, int>)CountByStatus(findings.Where(f => f.Severity == s))))
                .ToArray(),
            FailingAtOrAboveGate = findings.Count(f => f.Status == FindingStatus.Fail && f.Severity >= report.MinSeverity),
            ErrorsAtOrAboveGate = findings.Count(f => f.Status == FindingStatus.Error && f.Severity >= report.MinSeverity),
        };
    }

    private static Dictionary<FindingStatus, int> CountByStatus(IEnumerable<Finding> findings)
    {
        var counts = Enum.GetValues<FindingStatus>().ToDictionary(s => s, _ => 0);
        foreach (var finding in findings)
        {
            counts[finding.Status]++;
        }

        return counts;
    }
}
