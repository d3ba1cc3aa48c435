namespace Flywheel.Core.Inventory;

/// <summary>Why a resource depends on a KMS key.</summary>
public enum KeyUsageKind
{
    InstanceStorage,
    ClusterStorage,
    Snapshot,
    ClusterSnapshot,
    AutomatedBackup,
    PerformanceInsights,
    Secret,
    MasterUserSecret,
}
