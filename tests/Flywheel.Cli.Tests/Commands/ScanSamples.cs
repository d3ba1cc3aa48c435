using Flywheel.Core.Inventory;
using Flywheel.Core.Policy;
using Flywheel.TestKit;

namespace Flywheel.Cli.Tests.Commands;

/// <summary>Inventories and a policy for scan tests.</summary>
internal static class ScanSamples
{
    public static InventorySnapshot Clean() => new InventoryBuilder().With(Some.Instance("db-ok")).Build();

    public static InventorySnapshot Failing() => new InventoryBuilder().With(Some.Instance("db-ok"), Unencrypted("db-plain")).Build();

    public static InventorySnapshot ErrorOnly() => new InventoryBuilder().With(Some.Instance("db-unknown") with { StorageEncrypted = null }).Build();

    /// <summary>One finding of each status, plus a collection gap.</summary>
    public static InventorySnapshot Mixed() => new InventoryBuilder()
        .With(
            Some.Instance("db-ok"),
            Unencrypted("db-plain"),
            Some.Instance("db-unknown") with { StorageEncrypted = null },
            Unencrypted("legacy-reports"),
            Some.Instance("aurora-1", engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1" })
        .MissingFor(Dataset.KmsKeyRotationStatus, Some.KeyId, reason: "AccessDeniedException")
        .Build();

    public static PolicyLoadResult PolicyWithException(string path) => PolicyWithException(path, new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.Zero));

    public static PolicyLoadResult PolicyWithException(string path, DateTimeOffset expires) => new(
        new BaselinePolicy
        {
            Source = path,
            Exceptions =
            [
                new PolicyException
                {
                    Id = "legacy-reporting",
                    RulePattern = "rds-instance-storage-*",
                    ResourcePattern = "legacy-*",
                    Owner = "team-data",
                    Reason = "migrating to an encrypted copy in Q1",
                    Expires = expires,
                },
            ],
        },
        []);

    public static DbInstance Unencrypted(string id) => Some.Instance(id) with { StorageEncrypted = false, KmsKeyId = null, PerformanceInsightsKmsKeyId = null };
}
