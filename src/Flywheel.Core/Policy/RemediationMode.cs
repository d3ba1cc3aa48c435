namespace Flywheel.Core.Policy;

/// <summary>What Flywheel may do about a failure of a rule: report it (default), plan a fix, or apply it.</summary>
public enum RemediationMode
{
    Report,
    Plan,
    Apply,
}
