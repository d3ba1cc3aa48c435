namespace Flywheel.Core.Inventory;

/// <summary>An account and region that was part of the collection.</summary>
public readonly record struct InventoryScope(string AccountId, string Region);
