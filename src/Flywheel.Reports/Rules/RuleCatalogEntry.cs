using Flywheel.Core.Compliance;
using Flywheel.Core.Rules;

namespace Flywheel.Reports.Rules;

/// <summary>What the catalogue shows of one rule.</summary>
public sealed record RuleCatalogEntry(
    string Id,
    string Title,
    Severity Severity,
    string Category,
    string ResourceType,
    bool DefaultEnabled,
    IReadOnlyList<ComplianceMapping> Compliance,
    IReadOnlyList<RuleOption> Options);
