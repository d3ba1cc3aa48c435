using Flywheel.Reports.Json;
using Flywheel.Reports.Rules;
using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>The rule catalogue as a table: one row per rule with its mappings and options.</summary>
internal static class RulesTable
{
    public static Rows Build(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .AddColumn(new TableColumn("Rule"))
            .AddColumn(new TableColumn("Severity").NoWrap())
            .AddColumn("Compliance")
            .AddColumn("Options (default)");
        foreach (var rule in catalog.Rules)
        {
            var status = rule.DefaultEnabled ? "on by default" : "opt-in";
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(rule.Id)}[/]\n{Markup.Escape(rule.Title)}\n[dim]{Markup.Escape(rule.Category)}, {status}[/]"),
                new Text(KebabCase.Of(rule.Severity)),
                new Text(string.Join("\n", rule.Compliance.Select(m => $"{m.Framework} {m.RequirementId}"))),
                new Text(rule.Options.Count == 0 ? "(none)" : string.Join("\n", rule.Options.Select(o => $"{o.Name} ({o.DefaultValue})"))));
        }

        var heading = catalog.Framework is null ? "Rules" : $"Rules mapped to {catalog.Framework}";
        return Section.Of($"{heading} ({catalog.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)})", table);
    }
}
