namespace Flywheel.Core.Tests.Policy;

public enum FakeReplicationMode
{
    AutomatedBackups,
    Snapshots,
}
