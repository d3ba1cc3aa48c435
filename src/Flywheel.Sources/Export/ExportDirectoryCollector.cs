using Flywheel.Core.Inventory;
using Flywheel.Core.Sources;

namespace Flywheel.Sources.Export;

/// <summary>
/// Reads an export directory of unmodified AWS CLI JSON outputs (layout: docs/export-layout.md) into an inventory.
/// </summary>
public sealed class ExportDirectoryCollector : IInventoryCollector
{
    private readonly string _directory;
    private readonly TimeProvider _timeProvider;

    public ExportDirectoryCollector(string directory, TimeProvider timeProvider)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    public Task<InventorySnapshot> CollectAsync(CancellationToken cancellationToken) =>
        throw new NotImplementedException($"export reader for {_directory} at {_timeProvider.GetUtcNow():O}: work in progress");
}
