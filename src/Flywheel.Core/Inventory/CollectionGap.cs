namespace Flywheel.Core.Inventory;

/// <summary>
/// A dataset that is missing for an account and region: not collected at all, or collected with an error.
/// <paramref name="ResourceId"/> narrows a per-resource call (one key's rotation status) to that resource.
/// </summary>
public sealed record CollectionGap(string AccountId, string Region, Dataset Dataset, string Reason, string? ResourceId = null);
