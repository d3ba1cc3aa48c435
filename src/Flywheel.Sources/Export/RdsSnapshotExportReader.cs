using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>DB snapshots and DB cluster snapshots with the restore attribute of the manual ones.</summary>
internal sealed class RdsSnapshotExportReader : IExportServiceReader
{
    private const string Service = "rds";

    public void Read(ExportRegion region)
    {
        var snapshots = new List<DbSnapshot>();
        region.ReadList(Service, "describe-db-snapshots", Dataset.RdsDbSnapshots, root =>
            snapshots.AddRange(Objects(root, "DBSnapshots").Select(s => MapInstanceSnapshot(s, region))),
            Dataset.RdsDbSnapshotAttributes);
        region.ReadList(Service, "describe-db-cluster-snapshots", Dataset.RdsDbClusterSnapshots, root =>
            snapshots.AddRange(Objects(root, "DBClusterSnapshots").Select(s => MapClusterSnapshot(s, region))),
            Dataset.RdsDbClusterSnapshotAttributes);

        var awsManagedKeys = region.Resources.OfType<KmsKey>().Where(k => k.IsAwsManaged).Select(k => k.Arn).ToHashSet(StringComparer.Ordinal);
        foreach (var snapshot in snapshots)
        {
            region.Resources.Add(snapshot.IsManual ? WithRestoreAttribute(snapshot, region, awsManagedKeys) : snapshot);
        }
    }

    // Only manual snapshots can be shared, so only they are asked for their attributes. Nor can one encrypted with
    // the account's AWS managed key (AWS refuses to share it, with anyone): when its attributes were not collected,
    // it is known to be shared with nobody.
    private static DbSnapshot WithRestoreAttribute(DbSnapshot snapshot, ExportRegion region, HashSet<string> awsManagedKeys)
    {
        var cluster = snapshot.Kind == SnapshotKind.Cluster;
        var command = cluster ? "describe-db-cluster-snapshot-attributes" : "describe-db-snapshot-attributes";
        if (snapshot is { Encrypted: true, KmsKeyId: { } keyArn } && awsManagedKeys.Contains(keyArn) && !region.HasResourceOutput(Service, command, snapshot.Identifier))
        {
            return snapshot with { RestoreAttributeValues = [] };
        }

        IReadOnlyList<string>? restore = null;
        region.ReadResource(
            Service,
            command,
            snapshot.Identifier,
            cluster ? Dataset.RdsDbClusterSnapshotAttributes : Dataset.RdsDbSnapshotAttributes,
            root =>
            {
                var result = Obj(root, cluster ? "DBClusterSnapshotAttributesResult" : "DBSnapshotAttributesResult")
                    ?? throw new ExportShapeException($"expected {(cluster ? "DBClusterSnapshotAttributesResult" : "DBSnapshotAttributesResult")}");
                var attributes = Objects(result, cluster ? "DBClusterSnapshotAttributes" : "DBSnapshotAttributes")
                    .Where(a => Str(a, "AttributeName") == "restore")
                    .SelectMany(a => StringList(a, "AttributeValues"))
                    .ToArray();
                restore = attributes;
            });
        return restore is null ? snapshot : snapshot with { RestoreAttributeValues = restore };
    }

    private static DbSnapshot MapInstanceSnapshot(JsonElement s, ExportRegion region)
    {
        var id = RequiredStr(s, "DBSnapshotIdentifier", "each DBSnapshots[] entry");
        return new DbSnapshot
        {
            AccountId = region.AccountId,
            Region = region.Region,
            Arn = Str(s, "DBSnapshotArn") ?? region.Arn("rds", "snapshot:" + id),
            Tags = Tags(s, "TagList"),
            Kind = SnapshotKind.Instance,
            Identifier = id,
            SourceIdentifier = Str(s, "DBInstanceIdentifier"),
            SnapshotType = Str(s, "SnapshotType"),
            Engine = Str(s, "Engine"),
            EngineVersion = Str(s, "EngineVersion"),
            Status = Str(s, "Status"),
            Encrypted = Bool(s, "Encrypted"),
            KmsKeyId = Str(s, "KmsKeyId"),
            SnapshotCreateTime = Date(s, "SnapshotCreateTime"),
            AllocatedStorageGiB = Int(s, "AllocatedStorage"),
            VpcId = Str(s, "VpcId"),
        };
    }

    private static DbSnapshot MapClusterSnapshot(JsonElement s, ExportRegion region)
    {
        var id = RequiredStr(s, "DBClusterSnapshotIdentifier", "each DBClusterSnapshots[] entry");
        return new DbSnapshot
        {
            AccountId = region.AccountId,
            Region = region.Region,
            Arn = Str(s, "DBClusterSnapshotArn") ?? region.Arn("rds", "cluster-snapshot:" + id),
            Tags = Tags(s, "TagList"),
            Kind = SnapshotKind.Cluster,
            Identifier = id,
            SourceIdentifier = Str(s, "DBClusterIdentifier"),
            SnapshotType = Str(s, "SnapshotType"),
            Engine = Str(s, "Engine"),
            EngineVersion = Str(s, "EngineVersion"),
            Status = Str(s, "Status"),
            Encrypted = Bool(s, "StorageEncrypted"),
            KmsKeyId = Str(s, "KmsKeyId"),
            SnapshotCreateTime = Date(s, "SnapshotCreateTime"),
            AllocatedStorageGiB = Int(s, "AllocatedStorage"),
            VpcId = Str(s, "VpcId"),
        };
    }
}
