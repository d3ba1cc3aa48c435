using Flywheel.Core.Inventory;

namespace Flywheel.Core.Sources;

/// <summary>
/// Produces an inventory: from an export directory, from live accounts, or from the sandbox.
/// Per-call failures become <see cref="CollectionGap"/>s in the snapshot; only unusable input throws
/// <see cref="InputException"/>.
/// </summary>
public interface IInventoryCollector
{
    Task<InventorySnapshot> CollectAsync(CancellationToken cancellationToken);
}
