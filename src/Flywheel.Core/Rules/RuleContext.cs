using Flywheel.Core.Inventory;

namespace Flywheel.Core.Rules;

/// <summary>What a rule may read besides the resource: the whole inventory, the evaluation time and its options.</summary>
public sealed class RuleContext
{
    public RuleContext(InventorySnapshot inventory, DateTimeOffset now, object options)
    {
        Inventory = inventory ?? throw new ArgumentNullException(nameof(inventory));
        Now = now;
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public InventorySnapshot Inventory { get; }

    /// <summary>The evaluation time (from the injected TimeProvider), for age and expiry checks.</summary>
    public DateTimeOffset Now { get; }

    public object Options { get; }

    /// <summary>
    /// The verdict to return when <paramref name="dataset"/> is not known for the resource's account and region
    /// (or for <paramref name="resourceId"/> within it), or null when it was collected.
    /// </summary>
    public RuleResult? NotCollected(AwsResource resource, Dataset dataset, string? resourceId = null) =>
        NotCollected(resource.AccountId, resource.Region, dataset, resourceId);

    /// <summary>As <see cref="NotCollected(AwsResource, Dataset, string?)"/> for another account and region.</summary>
    public RuleResult? NotCollected(string accountId, string region, Dataset dataset, string? resourceId = null)
    {
        var gap = Inventory.FindGap(accountId, region, dataset, resourceId);
        return gap is null
            ? null
            : RuleResult.Error($"{DatasetNames.Describe(dataset)} not collected for {accountId}/{region}{(resourceId is null ? "" : " " + resourceId)}: {gap.Reason}");
    }
}
