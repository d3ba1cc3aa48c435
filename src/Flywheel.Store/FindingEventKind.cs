namespace Flywheel.Store;

/// <summary>A lifecycle transition, as recorded in the history.</summary>
public enum FindingEventKind
{
    Opened,
    Resolved,
    Reopened,
    Suppressed,
    Unsuppressed,
    ResourceGone,
}
