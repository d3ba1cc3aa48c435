using Flywheel.Core.Inventory;

namespace Flywheel.TestKit;

/// <summary>Builds an <see cref="InventorySnapshot"/> in memory: resources, extra scopes, and datasets left uncollected.</summary>
public sealed class InventoryBuilder
{
    private readonly List<AwsResource> _resources = [];
    private readonly List<InventoryScope> _scopes = [new(Some.Account, Some.Region)];
    private readonly List<CollectionGap> _gaps = [];
    private DateTimeOffset _collectedAt = Some.Now;

    public InventoryBuilder With(params AwsResource[] resources)
    {
        _resources.AddRange(resources);
        foreach (var r in resources)
        {
            _scopes.Add(new InventoryScope(r.AccountId, r.Region));
        }

        return this;
    }

    public InventoryBuilder WithScope(string accountId, string region)
    {
        _scopes.Add(new InventoryScope(accountId, region));
        return this;
    }

    /// <summary>Marks a dataset as not collected for an account and region (default: the default scope).</summary>
    public InventoryBuilder Missing(Dataset dataset, string accountId = Some.Account, string region = Some.Region, string reason = "not in the export")
    {
        _gaps.Add(new CollectionGap(accountId, region, dataset, reason));
        return this;
    }

    /// <summary>Marks a per-resource call as not collected for one resource.</summary>
    public InventoryBuilder MissingFor(Dataset dataset, string resourceId, string accountId = Some.Account, string region = Some.Region, string reason = "not in the export")
    {
        _gaps.Add(new CollectionGap(accountId, region, dataset, reason, resourceId));
        return this;
    }

    public InventoryBuilder CollectedAt(DateTimeOffset at)
    {
        _collectedAt = at;
        return this;
    }

    public InventorySnapshot Build() => new(_scopes, _resources, _gaps, _collectedAt);
}
