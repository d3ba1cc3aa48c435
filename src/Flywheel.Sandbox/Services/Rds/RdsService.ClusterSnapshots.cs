using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>DB cluster snapshots: describe (with type and filters), attributes, create (creating → available).</summary>
internal sealed partial class RdsService
{
    private static readonly string[] ClusterSnapshotFilters = ["db-cluster-id", "db-cluster-snapshot-id", "snapshot-type", "engine"];

    private static ServiceReply DescribeDbClusterSnapshots(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        if (ValidateFilters(p, ClusterSnapshotFilters) is { } filterError)
        {
            return filterError;
        }

        IEnumerable<DbSnapshotState> snapshots = state.ClusterSnapshots.Values;
        if (p.Get("DBClusterSnapshotIdentifier") is { } snapshotId)
        {
            var snapshot = FindClusterSnapshot(state, snapshotId);
            if (snapshot is null)
            {
                return new AwsError("DBClusterSnapshotNotFoundFault", $"DBClusterSnapshot {snapshotId} not found.", 404);
            }

            snapshots = [snapshot];
        }

        if (p.Get("DBClusterIdentifier") is { } clusterId)
        {
            snapshots = snapshots.Where(s => s.InstanceIdentifier == clusterId);
        }

        if (p.Get("SnapshotType") is { } type)
        {
            snapshots = snapshots.Where(s => s.SnapshotType == type);
        }

        var filters = p.GetFilters("Filters", "Values");
        var matching = snapshots.Where(s => filters.All(f => f.Name switch
        {
            "db-cluster-id" => f.Matches(s.InstanceIdentifier),
            "db-cluster-snapshot-id" => f.Matches(s.Identifier) || f.Matches(s.Arn),
            "snapshot-type" => f.Matches(s.SnapshotType),
            "engine" => f.Matches(s.Engine),
            _ => false,
        })).ToList();

        return Paged(request, "DescribeDBClusterSnapshots", matching, "DBClusterSnapshots"u8, 2048, (x, s) => RdsXml.WriteClusterSnapshot(x, s, state));
    }

    private static ServiceReply WithClusterSnapshot(SandboxRequest request, Func<DbSnapshotState, ServiceReply> action)
    {
        var identifier = request.Parameters.Get("DBClusterSnapshotIdentifier");
        if (identifier is null)
        {
            return new AwsError("MissingParameter", "The request must contain the parameter DBClusterSnapshotIdentifier");
        }

        var snapshot = FindClusterSnapshot(request.State, identifier);
        return snapshot is null
            ? new AwsError("DBClusterSnapshotNotFoundFault", $"DBClusterSnapshot {identifier} not found.", 404)
            : action(snapshot);
    }

    private static ServiceReply CreateDbClusterSnapshot(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var snapshotId = p.Get("DBClusterSnapshotIdentifier")?.ToLowerInvariant();
        var clusterId = p.Get("DBClusterIdentifier");
        if (snapshotId is null || clusterId is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {(snapshotId is null ? "DBClusterSnapshotIdentifier" : "DBClusterIdentifier")}");
        }

        var cluster = state.Clusters.Values.FirstOrDefault(c => string.Equals(c.Identifier, clusterId, StringComparison.OrdinalIgnoreCase) || c.Arn == clusterId);
        if (cluster is null)
        {
            return new AwsError("DBClusterNotFoundFault", $"DBCluster {clusterId} not found.", 404);
        }

        if (state.ClusterSnapshots.ContainsKey(snapshotId))
        {
            return new AwsError("DBClusterSnapshotAlreadyExistsFault", $"Cannot create the cluster snapshot because one with the identifier {snapshotId} already exists.");
        }

        if (cluster.Status != "available")
        {
            return new AwsError("InvalidDBClusterStateFault", $"DBCluster {cluster.Identifier} is not in available state.");
        }

        var snapshot = ClusterSnapshotOf(state, cluster, snapshotId, "manual", request.Now);
        snapshot.Status = "creating";
        snapshot.PercentProgress = 0;
        snapshot.ReadyAt = request.Now + state.Options.SnapshotDuration;
        state.ClusterSnapshots[snapshotId] = snapshot;
        return ServiceReply.Ok(QueryResponse.Query("CreateDBClusterSnapshot", Namespace, request.RequestId, RdsXml.ClusterSnapshot(snapshot, state))) with
        {
            Mutation = new MutationRecord([snapshot.Arn, cluster.Arn], new Dictionary<string, object?>
            {
                ["dBClusterSnapshotIdentifier"] = snapshotId,
                ["dBClusterIdentifier"] = cluster.Identifier,
            }),
        };
    }

    /// <summary>
    /// A snapshot of the instance as it is now, available (also used by the estate generator). The instance's tags
    /// when it copies them to snapshots, unless <paramref name="tags"/> are given; shared with <paramref name="restore"/>.
    /// </summary>
    internal static DbSnapshotState InstanceSnapshotOf(RegionState state, DbInstanceState instance, string identifier, string type, DateTimeOffset created, List<KeyValuePair<string, string>>? tags = null, List<string>? restore = null) => new()
    {
        Identifier = identifier,
        Arn = state.Arn("rds", "snapshot:" + identifier),
        InstanceIdentifier = instance.Identifier,
        DbiResourceId = instance.DbiResourceId,
        SnapshotType = type,
        Engine = instance.Engine,
        EngineVersion = instance.EngineVersion,
        Encrypted = instance.StorageEncrypted,
        KmsKeyId = instance.KmsKeyId,
        AllocatedStorage = instance.AllocatedStorage,
        Port = instance.Port,
        AvailabilityZone = instance.AvailabilityZone,
        VpcId = instance.VpcId,
        MasterUsername = instance.MasterUsername,
        StorageType = instance.StorageType,
        LicenseModel = instance.LicenseModel,
        IamDatabaseAuthenticationEnabled = instance.IamDatabaseAuthenticationEnabled,
        SnapshotCreateTime = created,
        InstanceCreateTime = instance.InstanceCreateTime,
        RestoreAccounts = restore ?? [],
        Tags = tags ?? (instance.CopyTagsToSnapshot ? [.. instance.Tags] : []),
    };

    /// <summary>A snapshot of the cluster as it is now (also used by the estate generator).</summary>
    internal static DbSnapshotState ClusterSnapshotOf(RegionState state, DbClusterState cluster, string identifier, string type, DateTimeOffset created) => new()
    {
        Identifier = identifier,
        Arn = state.Arn("rds", "cluster-snapshot:" + identifier),
        InstanceIdentifier = cluster.Identifier,
        DbiResourceId = cluster.ResourceId,
        SnapshotType = type,
        Engine = cluster.Engine,
        EngineVersion = cluster.EngineVersion,
        Encrypted = cluster.StorageEncrypted,
        KmsKeyId = cluster.KmsKeyId,
        AllocatedStorage = 1,
        Port = cluster.Port,
        VpcId = state.Subnets.FirstOrDefault()?.VpcId ?? "",
        MasterUsername = cluster.MasterUsername,
        StorageType = "aurora",
        LicenseModel = cluster.Engine == "aurora-mysql" ? "general-public-license" : "postgresql-license",
        IamDatabaseAuthenticationEnabled = cluster.IamDatabaseAuthenticationEnabled,
        SnapshotCreateTime = created,
        InstanceCreateTime = cluster.ClusterCreateTime,
        Tags = cluster.CopyTagsToSnapshot ? [.. cluster.Tags] : [],
    };

    private static DbSnapshotState? FindClusterSnapshot(RegionState state, string identifier) =>
        state.ClusterSnapshots.GetValueOrDefault(identifier.ToLowerInvariant()) ?? state.ClusterSnapshots.Values.FirstOrDefault(s => s.Arn == identifier);
}
