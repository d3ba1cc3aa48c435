namespace Flywheel.Core.Rules;

/// <summary>How bad a failure is, in increasing order (compare with &lt; and &gt;).</summary>
public enum Severity
{
    Informational = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
