using Flywheel.Core.Inventory;

namespace Flywheel.Reports.Scan;

/// <summary>Where the inventory came from: the kind of source ("export", "live"), its location and what it covered.</summary>
public sealed record ScanSource(string Kind, string Location, DateTimeOffset CollectedAt, IReadOnlyList<InventoryScope> Scopes)
{
    /// <summary>For a live collection: what it cost (requests per service, time, concurrency).</summary>
    public CollectionFacts? Collection { get; init; }

    public static ScanSource From(string kind, string location, InventorySnapshot inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return new ScanSource(kind, location, inventory.CollectedAt, inventory.Scopes);
    }
}
