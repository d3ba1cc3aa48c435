using Flywheel.Core.Inventory;

namespace Flywheel.Reports.Scan;

/// <summary>Where the inventory came from: the kind of source ("export"), its location and what it covered.</summary>
public sealed record ScanSource(string Kind, string Location, DateTimeOffset CollectedAt, IReadOnlyList<InventoryScope> Scopes)
{
    public static ScanSource From(string kind, string location, InventorySnapshot inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return new ScanSource(kind, location, inventory.CollectedAt, inventory.Scopes);
    }
}
