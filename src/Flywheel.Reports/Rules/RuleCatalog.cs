using Flywheel.Core.Rules;

namespace Flywheel.Reports.Rules;

/// <summary>The rule catalogue as a report, optionally narrowed to the rules one compliance framework maps.</summary>
public sealed record RuleCatalog(ToolInfo Tool, string? Framework, IReadOnlyList<RuleCatalogEntry> Rules)
{
    public static RuleCatalog Build(ToolInfo tool, RuleRegistry registry, string? framework = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var entries = registry.Rules
            .Where(r => framework is null || r.Compliance.Any(m => string.Equals(m.Framework, framework, StringComparison.Ordinal)))
            .Select(r => new RuleCatalogEntry(
                r.Id,
                r.Metadata.Title,
                r.Metadata.Severity,
                r.Metadata.Category,
                r.Metadata.ResourceType,
                r.Metadata.DefaultEnabled,
                r.Compliance
                    .Where(m => framework is null || string.Equals(m.Framework, framework, StringComparison.Ordinal))
                    .OrderBy(m => m.Framework, StringComparer.Ordinal)
                    .ThenBy(m => m.RequirementId, StringComparer.Ordinal)
                    .ToArray(),
                RuleOptionsDescriber.Describe(r.Rule.OptionsType)))
            .ToArray();
        return new RuleCatalog(tool, framework, entries);
    }

    /// <summary>Every framework id some rule of the registry maps to, in order.</summary>
    public static IReadOnlyList<string> Frameworks(RuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Rules.SelectMany(r => r.Compliance).Select(m => m.Framework).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
