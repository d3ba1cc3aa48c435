namespace Flywheel.Store.Lifecycle;

/// <summary>The transitions for one scan, and how many of each kind (for <see cref="ScanRecordOutcome"/>).</summary>
internal sealed record LifecyclePlan(IReadOnlyList<LifecycleTransition> Transitions, int KeptForLackOfCoverage)
{
    public int Count(FindingEventKind kind) => Transitions.Sum(t => t.Events.Count(e => e.Kind == kind));

    public ScanRecordOutcome ToOutcome(long scanId) => new(
        scanId,
        Count(FindingEventKind.Opened),
        Count(FindingEventKind.Resolved),
        Count(FindingEventKind.Reopened),
        Count(FindingEventKind.ResourceGone),
        Count(FindingEventKind.Suppressed),
        Count(FindingEventKind.Unsuppressed),
        KeptForLackOfCoverage);
}
