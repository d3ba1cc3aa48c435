using System.Globalization;
using Flywheel.Reports.Json;
using Flywheel.Store;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Flywheel.Cli.Rendering;

/// <summary>Tables for the findings store: what a scan recorded, the findings list, and one resource's history.</summary>
internal static class HistoryTables
{
    public static IRenderable Recorded(string location, ScanRecordOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var changes = string.Create(CultureInfo.InvariantCulture,
            $"opened {outcome.Opened}  resolved {outcome.Resolved}  reopened {outcome.Reopened}  resource-gone {outcome.ResourceGone}  suppressed {outcome.Suppressed}  unsuppressed {outcome.Unsuppressed}");
        var kept = outcome.KeptForLackOfCoverage > 0
            ? string.Create(CultureInfo.InvariantCulture, $"\n         {outcome.KeptForLackOfCoverage} open finding(s) kept as they were: not covered by this scan")
            : "";
        return new Text(string.Create(CultureInfo.InvariantCulture, $"\nRecorded scan #{outcome.ScanId} in {location}\n         {changes}{kept}\n"));
    }

    public static IRenderable Findings(IReadOnlyList<StoredFinding> findings, string location)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn("State")
            .AddColumn("Severity")
            .AddColumn("Rule")
            .AddColumn("Resource")
            .AddColumn("Since")
            .AddColumn("Reason");
        foreach (var f in findings)
        {
            var state = KebabCase.Of(f.State) + (f.ReopenCount > 0 ? string.Create(CultureInfo.InvariantCulture, $"\nreopened ×{f.ReopenCount}") : "");
            var owner = f.Owner is null ? "" : "\nowner " + f.Owner;
            table.AddRow(
                new Text(state),
                new Text(KebabCase.Of(f.Severity)),
                new Text(f.RuleId),
                new Text($"{f.ResourceName}\n{f.AccountId}/{f.Region}{owner}"),
                new Text(Day(f.StateChangedAt)),
                new Text(f.Reason));
        }

        return Section.Of(string.Create(CultureInfo.InvariantCulture, $"Findings ({findings.Count}) in {location}"), table);
    }

    public static IRenderable History(string query, ResourceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var resources = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn("Resource")
            .AddColumn("Type")
            .AddColumn("Owner / stack")
            .AddColumn("First seen")
            .AddColumn("Last seen");
        foreach (var r in history.Resources)
        {
            resources.AddRow(
                new Text($"{r.Name}\n{r.Arn}"),
                new Text(r.ResourceType),
                new Text($"{r.Owner ?? "-"}\n{r.Stack ?? "-"}"),
                new Text(Day(r.FirstSeen)),
                new Text(r.GoneAt is { } gone ? "gone " + Day(gone) : Day(r.LastSeen)));
        }

        var events = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn("At")
            .AddColumn("Event")
            .AddColumn("Rule")
            .AddColumn("Reason")
            .AddColumn("Scan");
        foreach (var e in history.Events)
        {
            events.AddRow(
                new Text(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                new Text(KebabCase.Of(e.Kind) + (e.ExceptionId is null ? "" : "\n" + e.ExceptionId)),
                new Text(e.RuleId),
                new Text(e.Reason),
                new Text("#" + e.ScanId.ToString(CultureInfo.InvariantCulture)));
        }

        var rows = new List<IRenderable>
        {
            Section.Of($"Resources matching '{query}'", resources),
            Section.Of(string.Create(CultureInfo.InvariantCulture, $"Events ({history.Events.Count})"), events),
        };
        if (history.Remediations.Count > 0)
        {
            var remediations = new Table { Border = TableBorder.Rounded, Expand = true }
                .AddColumn("Started")
                .AddColumn("Remediation")
                .AddColumn("Rule")
                .AddColumn("Outcome")
                .AddColumn("Message");
            foreach (var r in history.Remediations)
            {
                remediations.AddRow(new Text(Day(r.StartedAt)), new Text(r.RemediationId + "\n" + r.Mode), new Text(r.RuleId), new Text(r.Outcome + (r.ErrorCode is null ? "" : "\n" + r.ErrorCode)), new Text(r.Message));
            }

            rows.Add(Section.Of(string.Create(CultureInfo.InvariantCulture, $"Remediations ({history.Remediations.Count})"), remediations));
        }

        return new Rows(rows);
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
