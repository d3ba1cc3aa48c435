using Flywheel.Core.Rules;

namespace Flywheel.Core.Policy;

/// <summary>The starter policy written by <c>flywheel policy init</c>: every rule with its options and defaults, commented.</summary>
public static class PolicyTemplate
{
    public static string Create(RuleRegistry registry) => throw new NotImplementedException("policy template: work in progress");
}
