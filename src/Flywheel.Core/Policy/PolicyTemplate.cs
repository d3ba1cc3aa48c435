using System.Globalization;
using System.Text;
using Flywheel.Core.Policy.Options;
using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>The starter policy written by <c>flywheel policy init</c>: every rule with its options and defaults, commented.</summary>
public static class PolicyTemplate
{
    public static string Create(RuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var yaml = new StringBuilder();
        Lines(
            yaml,
            "# Flywheel baseline policy: what \"secure\" means for this estate. Reference: docs/policy.md.",
            "# Editors can validate this file against the JSON Schema that Flywheel generates from its rules.",
            "version: 1",
            string.Empty,
            "# Rules not listed below run with their defaults; false runs only the rules listed here.",
            "enableAllRules: true",
            string.Empty,
            "# Which resources the policy applies to; leave it out for everything.",
            "# scope:",
            "#   accounts: [\"111122223333\"]",
            "#   regions: [us-east-1, eu-west-1]",
            "#   tags: { Environment: prod }        # all must match; \"*\" matches any value",
            "#   excludeTags: { flywheel: ignore }",
            string.Empty,
            "# Every rule with its defaults. severity: informational | low | medium | high | critical;",
            "# remediation: report | plan | apply. Each rule also takes a scope that narrows the one above.");
        if (registry.Rules.Count == 0)
        {
            yaml.Append("rules: {}\n");
        }
        else
        {
            yaml.Append("rules:\n");
            foreach (var registered in registry.Rules)
            {
                AppendRule(yaml, registered);
            }
        }

        Lines(
            yaml,
            string.Empty,
            "# Accepted risks: each names an owner and a reason, and expires at most 365 days ahead.",
            "# exceptions:",
            "#   - id: legacy-reporting",
            "#     rule: \"rds-instance-*\"",
            "#     resource: \"arn:aws:rds:*:*:db:legacy-*\"",
            "#     owner: team-data@example.com",
            "#     reason: \"Reporting database, replaced in Q1\"",
            "#     expires: 2027-03-31");
        return yaml.ToString();
    }

    private static void AppendRule(StringBuilder yaml, RegisteredRule registered)
    {
        var metadata = registered.Metadata;
        var optIn = metadata.DefaultEnabled ? string.Empty : ", opt-in";
        yaml.Append(CultureInfo.InvariantCulture, $"  # {OneLine(metadata.Title)} ({metadata.Category}{optIn})\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  {registered.Id}:\n");
        yaml.Append(metadata.DefaultEnabled ? "    enabled: true\n" : "    enabled: false   # opt-in: set to true to run it\n");
        yaml.Append(CultureInfo.InvariantCulture, $"    severity: {OptionValueType.CamelCase(metadata.Severity.ToString())}\n");
        yaml.Append("    remediation: report\n");
        var model = RuleOptionsModel.For(registered.Rule.OptionsType);
        if (model.Options.Count > 0)
        {
            // Options with no default must be filled in: the whole block stays commented so the template loads.
            var mark = model.Options.Any(o => o.IsRequired && o.DefaultValue is null) ? "# " : string.Empty;
            yaml.Append(CultureInfo.InvariantCulture, $"    {mark}options:\n");
            foreach (var option in model.Options)
            {
                AppendOption(yaml, option, mark);
            }
        }
    }

    private static void AppendOption(StringBuilder yaml, RuleOption option, string mark)
    {
        var notes = new List<string>();
        if (option.IsRequired && option.DefaultValue is null)
        {
            notes.Add("Required.");
        }

        if (option.Description is { } description)
        {
            notes.Add(OneLine(description));
        }

        if (option.Range is { } range)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"({range.Minimum} to {range.Maximum})"));
        }

        if (notes.Count > 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"    {mark}  # {string.Join(' ', notes)}\n");
        }

        // JSON is valid YAML flow syntax, and quoting every string keeps values such as "yes" or "1.0" strings.
        var value = PolicySchemaGenerator.ToJson(option.DefaultValue);
        yaml.Append(value is null
            ? $"    {mark}  # {option.Name}:\n"
            : $"    {mark}  {option.Name}: {value.ToJsonString()}\n");
    }

    private static void Lines(StringBuilder yaml, params string[] lines)
    {
        foreach (var line in lines)
        {
            yaml.Append(line).Append('\n');
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
