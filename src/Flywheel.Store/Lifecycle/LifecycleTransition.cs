using Flywheel.Core.Findings;

namespace Flywheel.Store.Lifecycle;

/// <summary>
/// A finding to write: <see cref="Observed"/> is the scan's verdict (its row is upserted with it) or null when the
/// resource is gone (only the state changes). <see cref="Events"/> is empty when only "last seen" moves.
/// </summary>
internal sealed record LifecycleTransition(
    FindingKey Key,
    Finding? Observed,
    FindingState State,
    bool StateChanged,
    int ReopenCount,
    IReadOnlyList<LifecycleEvent> Events);
