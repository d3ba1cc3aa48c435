using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>How the policy configures one rule.</summary>
public sealed record RulePolicy
{
    public bool Enabled { get; init; } = true;

    /// <summary>The bound and validated options object of the rule's options type; null means the defaults.</summary>
    public object? Options { get; init; }

    public Severity? Severity { get; init; }

    /// <summary>Narrows the policy's scope for this rule (both must include a resource).</summary>
    public PolicyScope Scope { get; init; } = PolicyScope.Everything;

    public RemediationMode Remediation { get; init; } = RemediationMode.Report;
}
