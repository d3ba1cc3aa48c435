namespace Flywheel.Store;

/// <summary>What recording a scan changed: lifecycle transitions by kind, and findings kept as they were for lack of coverage.</summary>
public sealed record ScanRecordOutcome(
    long ScanId,
    int Opened,
    int Resolved,
    int Reopened,
    int ResourceGone,
    int Suppressed,
    int Unsuppressed,
    int KeptForLackOfCoverage);
