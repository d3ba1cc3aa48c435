namespace Flywheel.Store;

/// <summary>Durable state of key-rotation workflows, saved with optimistic concurrency so two workers never both advance a step.</summary>
public interface IRotationStateStore
{
    Task<RotationState?> GetAsync(string workflowId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version is still <paramref name="expectedVersion"/> (0 for a new
    /// workflow); returns false when another writer got there first.
    /// </summary>
    Task<bool> SaveAsync(RotationState state, long expectedVersion, CancellationToken cancellationToken);
}
