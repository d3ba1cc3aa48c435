namespace Flywheel.Core.Findings;

/// <summary>The status of a finding after the policy is applied (exceptions turn a failure into Suppressed).</summary>
public enum FindingStatus
{
    Pass,
    Fail,
    Error,
    NotApplicable,
    Suppressed,
}
