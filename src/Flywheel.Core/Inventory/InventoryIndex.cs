using System.Collections.Frozen;

namespace Flywheel.Core.Inventory;

/// <summary>The lookups of an <see cref="InventorySnapshot"/>, built once.</summary>
internal sealed class InventoryIndex
{
    private readonly Secret[] _secrets;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenDictionary<(string, string, string), IReadOnlyList<Secret>>> _secretsByTag = new(StringComparer.Ordinal);

    public InventoryIndex(InventorySnapshot inventory)
    {
        Scopes = inventory.Scopes.Select(s => (s.AccountId, s.Region)).ToFrozenSet();
        Instances = ByKey(inventory.Of<DbInstance>(), r => r.Identifier);
        Clusters = ByKey(inventory.Of<DbCluster>(), r => r.Identifier);
        SecurityGroups = ByKey(inventory.Of<SecurityGroup>(), r => r.GroupId);
        Subnets = ByKey(inventory.Of<Subnet>(), r => r.SubnetId);
        var groups = inventory.Of<DbParameterGroup>().ToArray();
        ParameterGroups = ByKey(groups.Where(g => !g.IsCluster), r => r.GroupName);
        ClusterParameterGroups = ByKey(groups.Where(g => g.IsCluster), r => r.GroupName);
        OptionGroups = ByKey(inventory.Of<OptionGroup>(), r => r.GroupName);
        EngineVersions = ByKey(inventory.Of<EngineVersion>(), r => r.Engine + " " + r.Version);

        var tables = inventory.Of<RouteTable>().ToArray();
        RouteTablesBySubnet = tables
            .SelectMany(t => t.AssociatedSubnetIds.Select(s => (Key: (t.AccountId, t.Region, s), Table: t)))
            .DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Table);
        MainRouteTables = tables.Where(t => t.IsMain && t.VpcId is not null)
            .DistinctBy(t => (t.AccountId, t.Region, t.VpcId!))
            .ToFrozenDictionary(t => (t.AccountId, t.Region, t.VpcId!), t => t);

        var keys = inventory.Of<KmsKey>().ToArray();
        KeysByArn = keys.DistinctBy(k => k.Arn).ToFrozenDictionary(k => k.Arn, k => k, StringComparer.Ordinal);
        KeysById = ByKey(keys, k => k.KeyId);
        KeysByAlias = keys.SelectMany(k => k.Aliases.Select(a => (Key: (k.AccountId, k.Region, a), Value: k)))
            .DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Value);

        _secrets = inventory.Of<Secret>().ToArray();
        SecretsByArn = _secrets.DistinctBy(s => s.Arn).ToFrozenDictionary(s => s.Arn, s => s, StringComparer.Ordinal);
        EventSubscriptions = inventory.Of<EventSubscription>().GroupBy(s => (s.AccountId, s.Region))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<EventSubscription>)g.ToArray());
        Detectors = inventory.Of<GuardDutyDetector>().GroupBy(s => (s.AccountId, s.Region))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<GuardDutyDetector>)g.ToArray());
        TrailsByAccount = inventory.Of<Trail>().GroupBy(t => t.AccountId)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Trail>)g.DistinctBy(t => t.Arn).ToArray(), StringComparer.Ordinal);

        KeyDependents = BuildKeyDependents(inventory);
        SecurityGroupUsers = inventory.Of<DbInstance>().SelectMany(i => i.VpcSecurityGroupIds.Select(g => (Key: (i.AccountId, i.Region, g), User: (AwsResource)i)))
            .Concat(inventory.Of<DbCluster>().SelectMany(c => c.VpcSecurityGroupIds.Select(g => (Key: (c.AccountId, c.Region, g), User: (AwsResource)c))))
            .Concat(inventory.Of<DbProxy>().SelectMany(p => p.VpcSecurityGroupIds.Select(g => (Key: (p.AccountId, p.Region, g), User: (AwsResource)p))))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<AwsResource>)g.Select(x => x.User).Distinct().ToArray());
    }

    public FrozenSet<(string AccountId, string Region)> Scopes { get; }

    public FrozenDictionary<(string, string, string), DbInstance> Instances { get; }

    public FrozenDictionary<(string, string, string), DbCluster> Clusters { get; }

    public FrozenDictionary<(string, string, string), SecurityGroup> SecurityGroups { get; }

    public FrozenDictionary<(string, string, string), Subnet> Subnets { get; }

    public FrozenDictionary<(string, string, string), RouteTable> RouteTablesBySubnet { get; }

    public FrozenDictionary<(string, string, string), RouteTable> MainRouteTables { get; }

    public FrozenDictionary<(string, string, string), DbParameterGroup> ParameterGroups { get; }

    public FrozenDictionary<(string, string, string), DbParameterGroup> ClusterParameterGroups { get; }

    public FrozenDictionary<(string, string, string), OptionGroup> OptionGroups { get; }

    public FrozenDictionary<(string, string, string), EngineVersion> EngineVersions { get; }

    public FrozenDictionary<string, KmsKey> KeysByArn { get; }

    public FrozenDictionary<(string, string, string), KmsKey> KeysById { get; }

    public FrozenDictionary<(string, string, string), KmsKey> KeysByAlias { get; }

    public FrozenDictionary<string, Secret> SecretsByArn { get; }

    public FrozenDictionary<(string, string), IReadOnlyList<EventSubscription>> EventSubscriptions { get; }

    public FrozenDictionary<(string, string), IReadOnlyList<GuardDutyDetector>> Detectors { get; }

    public FrozenDictionary<string, IReadOnlyList<Trail>> TrailsByAccount { get; }

    public FrozenDictionary<string, IReadOnlyList<KeyDependency>> KeyDependents { get; }

    public FrozenDictionary<(string, string, string), IReadOnlyList<AwsResource>> SecurityGroupUsers { get; }

    public bool HasScope(string accountId, string region) => Scopes.Contains((accountId, region));

    /// <summary>Secrets by account, region and the value of one tag key; built once per key (keys come from options).</summary>
    public FrozenDictionary<(string, string, string), IReadOnlyList<Secret>> SecretsByTag(string tagKey) =>
        _secretsByTag.GetOrAdd(tagKey, key => _secrets
            .Where(s => s.Tags.ContainsKey(key))
            .GroupBy(s => (s.AccountId, s.Region, s.Tags[key]))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Secret>)g.ToArray()));

    private static FrozenDictionary<(string, string, string), T> ByKey<T>(IEnumerable<T> items, Func<T, string> id)
        where T : AwsResource =>
        items.DistinctBy(r => (r.AccountId, r.Region, id(r))).ToFrozenDictionary(r => (r.AccountId, r.Region, id(r)), r => r);

    private FrozenDictionary<string, IReadOnlyList<KeyDependency>> BuildKeyDependents(InventorySnapshot inventory)
    {
        var map = new Dictionary<string, List<KeyDependency>>(StringComparer.Ordinal);

        void Add(AwsResource resource, string? keyReference, KeyUsageKind usage)
        {
            if (string.IsNullOrEmpty(keyReference))
            {
                return;
            }

            var key = ResolveKey(resource.AccountId, resource.Region, keyReference);
            var arn = key?.Arn ?? keyReference;
            if (!map.TryGetValue(arn, out var list))
            {
                map[arn] = list = [];
            }

            list.Add(new KeyDependency(resource, usage));
        }

        foreach (var i in inventory.Of<DbInstance>())
        {
            Add(i, i.KmsKeyId, KeyUsageKind.InstanceStorage);
            Add(i, i.PerformanceInsightsKmsKeyId, KeyUsageKind.PerformanceInsights);
            Add(i, i.MasterUserSecret?.KmsKeyId, KeyUsageKind.MasterUserSecret);
        }

        foreach (var c in inventory.Of<DbCluster>())
        {
            Add(c, c.KmsKeyId, KeyUsageKind.ClusterStorage);
            Add(c, c.PerformanceInsightsKmsKeyId, KeyUsageKind.PerformanceInsights);
            Add(c, c.MasterUserSecret?.KmsKeyId, KeyUsageKind.MasterUserSecret);
        }

        foreach (var s in inventory.Of<DbSnapshot>())
        {
            Add(s, s.KmsKeyId, s.Kind == SnapshotKind.Cluster ? KeyUsageKind.ClusterSnapshot : KeyUsageKind.Snapshot);
        }

        foreach (var b in inventory.Of<AutomatedBackup>())
        {
            Add(b, b.KmsKeyId, KeyUsageKind.AutomatedBackup);
        }

        foreach (var s in inventory.Of<Secret>())
        {
            // A secret without a key id uses the account's aws/secretsmanager key.
            Add(s, s.KmsKeyId ?? "alias/aws/secretsmanager", KeyUsageKind.Secret);
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => (IReadOnlyList<KeyDependency>)kv.Value, StringComparer.Ordinal);
    }

    public KmsKey? ResolveKey(string accountId, string region, string keyReference)
    {
        if (KeysByArn.TryGetValue(keyReference, out var key))
        {
            return key;
        }

        if (keyReference.StartsWith("arn:", StringComparison.Ordinal))
        {
            var parts = keyReference.Split(':', 6);
            return parts.Length == 6 && parts[5].StartsWith("alias/", StringComparison.Ordinal)
                ? KeysByAlias.GetValueOrDefault((parts[4], parts[3], parts[5]))
                : null;
        }

        return keyReference.StartsWith("alias/", StringComparison.Ordinal)
            ? KeysByAlias.GetValueOrDefault((accountId, region, keyReference))
            : KeysById.GetValueOrDefault((accountId, region, keyReference));
    }
}
