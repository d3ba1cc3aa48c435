namespace Flywheel.Core.Rules;

/// <summary>What a rule says about one resource. Missing data is <see cref="Error"/>, never <see cref="Pass"/>.</summary>
public enum RuleStatus
{
    Pass,
    Fail,
    NotApplicable,
    Error,
}
