namespace Flywheel.Reports.Scan;

/// <summary>The verdict of a scan against its severity gate.</summary>
public enum ScanOutcome
{
    /// <summary>No failing finding at or above the gate, and every such result is known.</summary>
    Pass,

    /// <summary>At least one failing finding at or above the gate.</summary>
    Fail,

    /// <summary>No failing finding at or above the gate, but some results at or above it are errors (data missing).</summary>
    Incomplete,
}
