namespace Flywheel.Store;

/// <summary>Where a finding is in its lifecycle.</summary>
public enum FindingState
{
    /// <summary>Failing and not suppressed.</summary>
    Open,

    /// <summary>Failing, but an unexpired exception covers it.</summary>
    Suppressed,

    /// <summary>The rule passes again (or no longer applies) on a resource that still exists.</summary>
    Resolved,

    /// <summary>The resource was deleted; not a remediation.</summary>
    ResourceGone,
}
