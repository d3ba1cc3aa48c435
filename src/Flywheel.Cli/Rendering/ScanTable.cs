using System.Globalization;
using Flywheel.Core.Findings;
using Flywheel.Core.Rules;
using Flywheel.Reports.Json;
using Flywheel.Reports.Scan;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Flywheel.Cli.Rendering;

/// <summary>
/// The scan for people: a summary header, the findings that need attention by status (failing, error, suppressed;
/// passed and not-applicable only with --show-passed) at or above the gate, the collection gaps, then the counts.
/// </summary>
internal static class ScanTable
{
    private static readonly (FindingStatus Status, string Title)[] Sections =
    [
        (FindingStatus.Fail, "Failing"),
        (FindingStatus.Error, "Errors (not evaluated: data missing or unreadable)"),
        (FindingStatus.Suppressed, "Suppressed by an exception"),
        (FindingStatus.Pass, "Passed"),
        (FindingStatus.NotApplicable, "Not applicable"),
    ];

    public static IReadOnlyList<IRenderable> Build(ScanReport report, bool showPassed)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = report.Summary;
        var renderables = new List<IRenderable> { Header(report, summary) };
        foreach (var (status, title) in Sections)
        {
            if (!showPassed && status is FindingStatus.Pass or FindingStatus.NotApplicable)
            {
                continue;
            }

            var findings = report.Result.Findings
                .Where(f => f.Status == status && f.Severity >= report.MinSeverity)
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Resource.AccountId, StringComparer.Ordinal)
                .ThenBy(f => f.Resource.Region, StringComparer.Ordinal)
                .ThenBy(f => f.Resource.Arn, StringComparer.Ordinal)
                .ToArray();
            if (findings.Length > 0)
            {
                renderables.Add(FindingsTable(title, findings));
            }
        }

        if (report.Result.Gaps.Count > 0)
        {
            renderables.Add(GapsTable(report));
        }

        renderables.Add(Counts(report, summary));
        return renderables;
    }

    private const int MaxScopesListed = 8;

    private static Rows Header(ScanReport report, ScanSummary summary)
    {
        var scopes = report.Source.Scopes;
        var accounts = scopes.Select(s => s.AccountId).Distinct(StringComparer.Ordinal).Count();
        var regions = scopes.Select(s => s.Region).Distinct(StringComparer.Ordinal).Count();
        var lines = new List<IRenderable> { new Markup("[bold]Flywheel scan[/]") };
        Row(lines, "Source", $"{report.Source.Kind} {report.Source.Location} (collected {Date(report.Source.CollectedAt)})");
        var listed = scopes.Count <= MaxScopesListed ? ": " + string.Join(", ", scopes.Select(s => s.AccountId + "/" + s.Region)) : $" ({Plural(scopes.Count, "account-region")})";
        Row(lines, "Scope", $"{Plural(accounts, "account")} × {Plural(regions, "region")}{listed}");
        if (report.Source.Collection is { } collection)
        {
            var byService = string.Join(", ", collection.RequestsByService.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + " " + r.Value.ToString(CultureInfo.InvariantCulture)));
            Row(lines, "AWS requests", string.Create(CultureInfo.InvariantCulture, $"{collection.Requests} in {collection.Elapsed.TotalSeconds:0.0} s, at most {collection.MaxConcurrency} at once ({byService})"));
        }

        Row(lines, "Policy", report.PolicySource);
        Row(lines, "Rules run", summary.RulesEvaluated.ToString(CultureInfo.InvariantCulture) + (report.RuleFilter.Count > 0 ? $" (--rule {string.Join(" ", report.RuleFilter)})" : ""));
        Row(lines, "Resources", summary.ResourcesEvaluated.ToString(CultureInfo.InvariantCulture) + " evaluated");
        Row(lines, "Evaluated", Date(report.Result.EvaluatedAt));
        Row(lines, "Min severity", KebabCase.Of(report.MinSeverity));
        return new Rows(lines);
    }

    // Plain padded lines rather than a Grid: a grid pads every cell, leaving trailing spaces in files and golden output.
    private static void Row(List<IRenderable> lines, string label, string value) =>
        lines.Add(new Markup($"[dim]{Markup.Escape(label.PadRight(14))}[/]{Markup.Escape(value)}"));

    private static Rows FindingsTable(string title, Finding[] findings)
    {
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn(new TableColumn("Severity").NoWrap())
            .AddColumn(new TableColumn("Rule"))
            .AddColumn(new TableColumn("Resource"))
            .AddColumn(new TableColumn("Reason"));
        foreach (var finding in findings)
        {
            table.AddRow(
                new Markup($"[{SeverityColor(finding.Severity)}]{KebabCase.Of(finding.Severity)}[/]"),
                new Text(finding.RuleId),
                new Text($"{finding.Resource.Name}\n{finding.Resource.AccountId}/{finding.Resource.Region}"),
                new Text(Reason(finding)));
        }

        return Section.Of($"{title} ({findings.Length.ToString(CultureInfo.InvariantCulture)})", table);
    }

    private static string Reason(Finding finding) => finding.Status == FindingStatus.Suppressed && finding.Exception is { } e
        ? $"{finding.Reason} (exception '{e.Id}' owned by {e.Owner} until {e.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {e.Reason})"
        : finding.Reason;

    private static Rows GapsTable(ScanReport report)
    {
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn("Account/region")
            .AddColumn("Call")
            .AddColumn("Resource")
            .AddColumn("Reason");
        var gaps = report.Result.Gaps
            .OrderBy(g => g.AccountId, StringComparer.Ordinal)
            .ThenBy(g => g.Region, StringComparer.Ordinal)
            .ThenBy(g => g.Dataset)
            .ThenBy(g => g.ResourceId, StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            table.AddRow(
                new Text($"{gap.AccountId}/{gap.Region}"),
                new Text(DatasetNames.Describe(gap.Dataset)),
                new Text(gap.ResourceId ?? "(all)"),
                new Text(gap.Reason));
        }

        return Section.Of($"Collection gaps ({report.Result.Gaps.Count.ToString(CultureInfo.InvariantCulture)})", table);
    }

    private static Rows Counts(ScanReport report, ScanSummary summary)
    {
        var counts = string.Join(
            "  ",
            Sections.Select(s => s.Status).Order().Select(s => $"{Label(s)} {summary.Count(s).ToString(CultureInfo.InvariantCulture)}"));
        var threshold = KebabCase.Of(report.MinSeverity);
        var verdict = summary.Outcome switch
        {
            ScanOutcome.Fail => $"[red bold]FAIL[/]: {Plural(summary.FailingAtOrAboveGate, "failing finding")} at or above {threshold}",
            ScanOutcome.Incomplete => $"[yellow bold]INCOMPLETE[/]: no failing finding at or above {threshold}, but {Plural(summary.ErrorsAtOrAboveGate, "result")} could not be evaluated",
            _ => $"[green bold]PASS[/]: no failing finding at or above {threshold}",
        };
        return new Rows(new Text(""), new Text("Counts  " + counts), new Markup("Result  " + verdict));
    }

    private static string Label(FindingStatus status) => status switch
    {
        FindingStatus.NotApplicable => "not-applicable",
        _ => KebabCase.Of(status),
    };

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Critical => "red bold",
        Severity.High => "red",
        Severity.Medium => "yellow",
        Severity.Low => "blue",
        _ => "grey",
    };

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
