namespace Flywheel.Store;

/// <summary>An open store (SQLite file or PostgreSQL database) with its schema checked and migrated.</summary>
public interface IFlywheelStore : IFindingStore, IFindingQuery, IRemediationLog, IEventIntake, IRotationStateStore, IAsyncDisposable
{
    /// <summary>Where the store lives, safe to print: a file path, or host, port and database (never a password).</summary>
    string Location { get; }
}
