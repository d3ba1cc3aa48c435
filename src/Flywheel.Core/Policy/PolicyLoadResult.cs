namespace Flywheel.Core.Policy;

/// <summary>The outcome of loading a policy: the policy, or every error found (never both).</summary>
public sealed record PolicyLoadResult(BaselinePolicy? Policy, IReadOnlyList<PolicyError> Errors)
{
    public bool Succeeded => Policy is not null && Errors.Count == 0;
}
