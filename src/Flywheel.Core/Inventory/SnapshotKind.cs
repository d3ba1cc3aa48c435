namespace Flywheel.Core.Inventory;

/// <summary>Whether a snapshot is of a DB instance or of a DB cluster.</summary>
public enum SnapshotKind
{
    Instance,
    Cluster,
}
