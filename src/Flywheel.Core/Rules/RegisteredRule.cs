namespace Flywheel.Core.Rules;

/// <summary>A rule with its metadata and the compliance requirements that map to it.</summary>
public sealed record RegisteredRule(IRule Rule, RuleMetadata Metadata, IReadOnlyList<Compliance.ComplianceMapping> Compliance)
{
    public string Id => Rule.Id;
}
