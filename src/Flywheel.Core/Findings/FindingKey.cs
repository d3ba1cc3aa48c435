namespace Flywheel.Core.Findings;

/// <summary>The stable identity of a finding: rule id × resource ARN.</summary>
public readonly record struct FindingKey(string RuleId, string ResourceArn)
{
    public override string ToString() => $"{RuleId}|{ResourceArn}";
}
