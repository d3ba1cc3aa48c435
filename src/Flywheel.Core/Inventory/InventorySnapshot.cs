using System.Collections.Frozen;

namespace Flywheel.Core.Inventory;

/// <summary>
/// An immutable, indexed picture of an estate at one moment, with what could not be collected.
/// Lookups are built once on first use, so evaluating every rule stays linear in the estate.
/// </summary>
public sealed class InventorySnapshot
{
    private readonly FrozenDictionary<Type, IReadOnlyList<AwsResource>> _byType;
    private readonly FrozenSet<(string AccountId, string Region, Dataset Dataset)> _missing;
    private readonly FrozenDictionary<(string AccountId, string Region, Dataset Dataset, string ResourceId), CollectionGap> _missingPerResource;
    private readonly Lazy<InventoryIndex> _index;

    public InventorySnapshot(
        IEnumerable<InventoryScope> scopes,
        IEnumerable<AwsResource> resources,
        IEnumerable<CollectionGap> gaps,
        DateTimeOffset collectedAt)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(gaps);
        Scopes = scopes.Distinct().OrderBy(s => s.AccountId, StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal).ToArray();
        CollectedAt = collectedAt;
        Gaps = gaps.ToArray();
        var all = resources.ToList();
        AccountRegions = Scopes.Select(s => AccountRegion.Create(s.AccountId, s.Region)).ToArray();
        all.AddRange(AccountRegions);
        Resources = all;
        _byType = all.GroupBy(r => r.GetType())
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<AwsResource>)g.ToArray());
        _missing = Gaps.Where(g => g.ResourceId is null).Select(g => (g.AccountId, g.Region, g.Dataset)).ToFrozenSet();
        _missingPerResource = Gaps.Where(g => g.ResourceId is not null)
            .GroupBy(g => (g.AccountId, g.Region, g.Dataset, g.ResourceId!))
            .ToFrozenDictionary(g => g.Key, g => g.First());
        _index = new Lazy<InventoryIndex>(() => new InventoryIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The accounts and regions the collection covered (from the export layout or the live scope).</summary>
    public IReadOnlyList<InventoryScope> Scopes { get; }

    /// <summary>Every resource, including one <see cref="AccountRegion"/> per scope.</summary>
    public IReadOnlyList<AwsResource> Resources { get; }

    public IReadOnlyList<AccountRegion> AccountRegions { get; }

    public IReadOnlyList<CollectionGap> Gaps { get; }

    public DateTimeOffset CollectedAt { get; }

    internal InventoryIndex Index => _index.Value;

    /// <summary>All resources of exactly the given type.</summary>
    public IReadOnlyList<AwsResource> OfType(Type resourceType) =>
        _byType.TryGetValue(resourceType, out var list) ? list : [];

    /// <summary>All resources of type <typeparamref name="T"/>.</summary>
    public IEnumerable<T> Of<T>()
        where T : AwsResource => OfType(typeof(T)).Cast<T>();

    /// <summary>
    /// The gap that keeps <paramref name="dataset"/> from being known for this account and region (and, for
    /// per-resource calls, this resource id), or null when it was collected.
    /// </summary>
    public CollectionGap? FindGap(string accountId, string region, Dataset dataset, string? resourceId = null)
    {
        if (!Index.HasScope(accountId, region))
        {
            return new CollectionGap(accountId, region, dataset, "account and region not collected", resourceId);
        }

        if (_missing.Contains((accountId, region, dataset)))
        {
            return Gaps.First(g => g.ResourceId is null && g.AccountId == accountId && g.Region == region && g.Dataset == dataset);
        }

        if (resourceId is not null && _missingPerResource.TryGetValue((accountId, region, dataset, resourceId), out var gap))
        {
            return gap;
        }

        return null;
    }

    public DbInstance? FindInstance(string accountId, string region, string identifier) =>
        Index.Instances.GetValueOrDefault((accountId, region, identifier));

    public DbCluster? FindCluster(string accountId, string region, string identifier) =>
        Index.Clusters.GetValueOrDefault((accountId, region, identifier));

    public SecurityGroup? FindSecurityGroup(string accountId, string region, string groupId) =>
        Index.SecurityGroups.GetValueOrDefault((accountId, region, groupId));

    /// <summary>The DB instances, clusters and proxies that use a security group.</summary>
    public IReadOnlyList<AwsResource> DbResourcesUsingSecurityGroup(string accountId, string region, string groupId) =>
        Index.SecurityGroupUsers.GetValueOrDefault((accountId, region, groupId)) ?? [];

    public Subnet? FindSubnet(string accountId, string region, string subnetId) =>
        Index.Subnets.GetValueOrDefault((accountId, region, subnetId));

    /// <summary>The route table a subnet uses: its explicit association, else the main table of its VPC.</summary>
    public RouteTable? FindRouteTableForSubnet(string accountId, string region, string subnetId)
    {
        if (Index.RouteTablesBySubnet.TryGetValue((accountId, region, subnetId), out var explicitTable))
        {
            return explicitTable;
        }

        var vpcId = FindSubnet(accountId, region, subnetId)?.VpcId;
        return vpcId is null ? null : Index.MainRouteTables.GetValueOrDefault((accountId, region, vpcId));
    }

    public DbParameterGroup? FindParameterGroup(string accountId, string region, string groupName, bool isCluster) =>
        (isCluster ? Index.ClusterParameterGroups : Index.ParameterGroups).GetValueOrDefault((accountId, region, groupName));

    public OptionGroup? FindOptionGroup(string accountId, string region, string groupName) =>
        Index.OptionGroups.GetValueOrDefault((accountId, region, groupName));

    /// <summary>Finds a key from any reference RDS or Secrets Manager returns: key ARN, key id, alias name or alias ARN.</summary>
    public KmsKey? FindKey(string accountId, string region, string keyReference)
    {
        ArgumentNullException.ThrowIfNull(keyReference);
        return Index.ResolveKey(accountId, region, keyReference);
    }

    public Secret? FindSecret(string secretArn) => Index.SecretsByArn.GetValueOrDefault(secretArn);

    /// <summary>Secrets of an account and region that carry the tag <paramref name="tagKey"/> = <paramref name="tagValue"/>.</summary>
    public IReadOnlyList<Secret> SecretsTagged(string accountId, string region, string tagKey, string tagValue) =>
        Index.SecretsByTag(tagKey).GetValueOrDefault((accountId, region, tagValue)) ?? [];

    public EngineVersion? FindEngineVersion(string accountId, string region, string engine, string version) =>
        Index.EngineVersions.GetValueOrDefault((accountId, region, engine + " " + version));

    public IReadOnlyList<EventSubscription> EventSubscriptionsIn(string accountId, string region) =>
        Index.EventSubscriptions.GetValueOrDefault((accountId, region)) ?? [];

    public IReadOnlyList<GuardDutyDetector> DetectorsIn(string accountId, string region) =>
        Index.Detectors.GetValueOrDefault((accountId, region)) ?? [];

    /// <summary>Trails of an account, each once, whichever region listed it.</summary>
    public IReadOnlyList<Trail> TrailsOf(string accountId) => Index.TrailsByAccount.GetValueOrDefault(accountId) ?? [];

    /// <summary>Every resource that depends on the key, and how.</summary>
    public IReadOnlyList<KeyDependency> DependentsOf(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Index.KeyDependents.GetValueOrDefault(key.Arn) ?? [];
    }
}
