using System.Text.Json;
using Flywheel.Core.Inventory;

namespace Flywheel.Sources.Tests.Export;

/// <summary>
/// An inventory as lines of text, in its own order, so two inventories compare structurally: resources are records
/// holding lists and dictionaries (compared by reference), so each is serialized with its runtime type.
/// </summary>
internal static class CanonicalInventory
{
    public static IReadOnlyList<string> Of(InventorySnapshot inventory) =>
    [
        $"collectedAt {inventory.CollectedAt:O}",
        .. inventory.Scopes.Select(s => $"scope {s.AccountId}/{s.Region}"),
        .. inventory.Resources.Select(r => $"{r.GetType().Name} {JsonSerializer.Serialize(r, r.GetType())}"),
        .. inventory.Gaps.Select(g => $"gap {JsonSerializer.Serialize(g)}"),
    ];
}
