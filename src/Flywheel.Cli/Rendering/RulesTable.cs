using Flywheel.Reports.Json;
using Flywheel.Reports.Rules;
using Spectre.Console;

namespace Flywheel.Cli.Rendering;

/// <summary>The rule catalogue as a table: one row per rule with its mappings and options.</summary>
internal static class RulesTable
{
    public static Table Build(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var table = new Table { Border = TableBorder.Rounded, Expand = true }
            .Title(catalog.Framework is null ? "Rules" : $"Rules mapped to {Markup.Escape(catalog.Framework)}")
            .AddColumn(new TableColumn("Id").NoWrap())
            .AddColumn(new TableColumn("Severity").NoWrap())
            .AddColumn("Title")
            .AddColumn("Category")
            .AddColumn("Compliance")
            .AddColumn("Options (default)")
            .AddColumn(new TableColumn("Default").NoWrap());
        foreach (var rule in catalog.Rules)
        {
            table.AddRow(
                new Text(rule.Id),
                new Text(KebabCase.Of(rule.Severity)),
                new Text(rule.Title),
                new Text(rule.Category),
                new Text(string.Join("\n", rule.Compliance.Select(m => $"{m.Framework} {m.RequirementId}"))),
                new Text(string.Join("\n", rule.Options.Select(o => $"{o.Name} ({o.DefaultValue})"))),
                new Text(rule.DefaultEnabled ? "on" : "opt-in"));
        }

        return table;
    }
}
