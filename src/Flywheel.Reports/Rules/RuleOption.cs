namespace Flywheel.Reports.Rules;

/// <summary>One option of a rule as the policy file names it, with its default written as text.</summary>
public sealed record RuleOption(string Name, string Type, string DefaultValue);
