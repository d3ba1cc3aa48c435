using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Cli.Tests.Support;

/// <summary>A collector that returns a prepared inventory (or throws), recording the directory it was created for.</summary>
internal sealed class InMemoryCollector(InventorySnapshot? inventory, Exception? failure = null) : IInventoryCollector
{
    public Task<InventorySnapshot> CollectAsync(CancellationToken cancellationToken) =>
        failure is not null ? Task.FromException<InventorySnapshot>(failure) : Task.FromResult(inventory!);
}
