using Flywheel.Core.Inventory;

namespace Flywheel.Reports.Keys;

/// <summary>
/// Every KMS key of an inventory with what depends on it, then the keys resources reference that the inventory
/// does not hold ("unknown" keys: not collected, in another account, or deleted).
/// </summary>
public sealed record KeyReport(ToolInfo Tool, string Source, DateTimeOffset CollectedAt, IReadOnlyList<KeyEntry> Keys)
{
    public static KeyReport Build(ToolInfo tool, string source, InventorySnapshot inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var entries = new List<KeyEntry>();
        foreach (var key in inventory.Of<KmsKey>())
        {
            entries.Add(new KeyEntry
            {
                Known = true,
                AccountId = key.AccountId,
                Region = key.Region,
                Reference = key.Arn,
                KeyId = key.KeyId,
                Aliases = key.Aliases.Order(StringComparer.Ordinal).ToArray(),
                Manager = key.KeyManager,
                Spec = key.KeySpec,
                State = key.KeyState,
                RotationEnabled = key.RotationEnabled,
                RotationPeriodInDays = key.RotationPeriodInDays,
                LastRotation = key.Rotations is { Count: > 0 } rotations ? rotations.Max(r => r.RotationDate) : null,
                Dependents = Order(inventory.DependentsOf(key).Select(ToDependent)),
            });
        }

        entries.AddRange(UnknownKeys(inventory));
        return new KeyReport(tool, source, inventory.CollectedAt, entries
            .OrderBy(e => e.Known ? 0 : 1)
            .ThenBy(e => e.AccountId, StringComparer.Ordinal)
            .ThenBy(e => e.Region, StringComparer.Ordinal)
            .ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToArray());
    }

    private static IEnumerable<KeyEntry> UnknownKeys(InventorySnapshot inventory) =>
        References(inventory)
            .Where(r => !string.IsNullOrEmpty(r.Reference))
            .Select(r => (r.Resource, Reference: r.Reference!, r.Usage))
            .Where(r => inventory.FindKey(r.Resource.AccountId, r.Resource.Region, r.Reference) is null)
            .GroupBy(r => (r.Resource.AccountId, r.Resource.Region, r.Reference))
            .Select(g => new KeyEntry
            {
                Known = false,
                AccountId = g.Key.AccountId,
                Region = g.Key.Region,
                Reference = g.Key.Reference,
                Dependents = Order(g.Select(r => ToDependent(new KeyDependency(r.Resource, r.Usage)))),
            });

    // The same references InventorySnapshot.DependentsOf indexes, kept with the account and region they are relative to.
    private static IEnumerable<(AwsResource Resource, string? Reference, KeyUsageKind Usage)> References(InventorySnapshot inventory)
    {
        foreach (var i in inventory.Of<DbInstance>())
        {
            yield return (i, i.KmsKeyId, KeyUsageKind.InstanceStorage);
            yield return (i, i.PerformanceInsightsKmsKeyId, KeyUsageKind.PerformanceInsights);
            yield return (i, i.MasterUserSecret?.KmsKeyId, KeyUsageKind.MasterUserSecret);
        }

        foreach (var c in inventory.Of<DbCluster>())
        {
            yield return (c, c.KmsKeyId, KeyUsageKind.ClusterStorage);
            yield return (c, c.PerformanceInsightsKmsKeyId, KeyUsageKind.PerformanceInsights);
            yield return (c, c.MasterUserSecret?.KmsKeyId, KeyUsageKind.MasterUserSecret);
        }

        foreach (var s in inventory.Of<DbSnapshot>())
        {
            yield return (s, s.KmsKeyId, s.Kind == SnapshotKind.Cluster ? KeyUsageKind.ClusterSnapshot : KeyUsageKind.Snapshot);
        }

        foreach (var b in inventory.Of<AutomatedBackup>())
        {
            yield return (b, b.KmsKeyId, KeyUsageKind.AutomatedBackup);
        }

        foreach (var s in inventory.Of<Secret>())
        {
            yield return (s, s.KmsKeyId ?? "alias/aws/secretsmanager", KeyUsageKind.Secret);
        }
    }

    private static KeyDependent ToDependent(KeyDependency dependency) =>
        new(dependency.Usage, dependency.Resource.ResourceType, dependency.Resource.Name, dependency.Resource.Arn);

    private static KeyDependent[] Order(IEnumerable<KeyDependent> dependents) =>
        dependents.OrderBy(d => d.Usage).ThenBy(d => d.Arn, StringComparer.Ordinal).ToArray();
}
