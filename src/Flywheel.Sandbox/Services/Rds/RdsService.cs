using System.Globalization;
using System.Xml.Linq;
using Flywheel.Sandbox.Hosting;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>
/// RDS over the query protocol: instances, clusters, snapshots and their attributes; ModifyDBInstance with
/// pending modifications and the modifying state; CreateDBSnapshot with the creating state.
/// </summary>
internal sealed partial class RdsService : IOperationHandler
{
    public const string Namespace = "http://rds.amazonaws.com/doc/2014-10-31/";

    private static readonly string[] InstanceFilters = ["db-cluster-id", "db-instance-id", "dbi-resource-id", "domain", "engine"];
    private static readonly string[] ClusterFilters = ["clone-group-id", "db-cluster-id", "db-cluster-resource-id", "domain", "engine"];
    private static readonly string[] SnapshotFilters = ["db-instance-id", "db-snapshot-id", "dbi-resource-id", "snapshot-type", "engine"];

    public string SigningName => "rds";

    public AwsProtocol Protocol => AwsProtocol.Query;

    public string? XmlNamespace => Namespace;

    public ServiceReply Handle(SandboxRequest request) => request.Operation switch
    {
        "DescribeDBInstances" => DescribeDbInstances(request),
        "DescribeDBClusters" => DescribeDbClusters(request),
        "DescribeDBSnapshots" => DescribeDbSnapshots(request),
        "DescribeDBSnapshotAttributes" => DescribeDbSnapshotAttributes(request),
        "ModifyDBInstance" => ModifyDbInstance(request),
        "ModifyDBCluster" => ModifyDbCluster(request),
        "RebootDBInstance" => RebootDbInstance(request),
        "CreateDBSnapshot" => CreateDbSnapshot(request),
        "CopyDBSnapshot" => CopyDbSnapshot(request),
        "DeleteDBSnapshot" => DeleteDbSnapshot(request),
        "ModifyDBSnapshotAttribute" => ModifyDbSnapshotAttribute(request),
        "ModifyDBClusterSnapshotAttribute" => ModifyDbClusterSnapshotAttribute(request),
        "RestoreDBInstanceFromDBSnapshot" => RestoreDbInstanceFromDbSnapshot(request),
        "DeleteDBInstance" => DeleteDbInstance(request),
        "DescribeDBClusterSnapshots" => DescribeDbClusterSnapshots(request),
        "DescribeDBClusterSnapshotAttributes" => WithClusterSnapshot(request, s => ServiceReply.Ok(QueryResponse.Query("DescribeDBClusterSnapshotAttributes", Namespace, request.RequestId, RdsXml.ClusterSnapshotAttributes(s)))),
        "CreateDBClusterSnapshot" => CreateDbClusterSnapshot(request),
        "DescribeOptionGroups" => DescribeOptionGroups(request),
        "DescribeDBProxies" => DescribeDbProxies(request),
        "DescribeEventSubscriptions" => DescribeEventSubscriptions(request),
        "DescribeDBEngineVersions" => DescribeDbEngineVersions(request),
        "DescribeDBMajorEngineVersions" => DescribeDbMajorEngineVersions(request),
        "DescribeDBInstanceAutomatedBackups" => DescribeDbInstanceAutomatedBackups(request),
        "DescribeDBParameterGroups" => DescribeParameterGroups(request, cluster: false),
        "DescribeDBClusterParameterGroups" => DescribeParameterGroups(request, cluster: true),
        "DescribeDBParameters" => DescribeParameters(request, cluster: false),
        "DescribeDBClusterParameters" => DescribeParameters(request, cluster: true),
        "ModifyDBParameterGroup" => ModifyParameterGroup(request, cluster: false),
        "ModifyDBClusterParameterGroup" => ModifyParameterGroup(request, cluster: true),
        _ => new AwsError("InvalidAction", $"Could not find operation {request.Operation} for version 2014-10-31"),
    };

    private static ServiceReply DescribeDbInstances(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        if (ValidateFilters(p, InstanceFilters) is { } filterError)
        {
            return filterError;
        }

        IReadOnlyList<DbInstanceState> instances = state.Instances.Ordered;
        if (p.Get("DBInstanceIdentifier") is { } identifier)
        {
            var instance = FindInstance(state, identifier);
            if (instance is null)
            {
                return new AwsError("DBInstanceNotFound", $"DBInstance {identifier} not found.", 404);
            }

            instances = [instance];
        }

        var filters = p.GetFilters("Filters", "Values");
        if (filters.Count > 0)
        {
            instances = [.. instances.Where(i => filters.All(f => f.Name switch
            {
                "db-cluster-id" => f.Matches(i.ClusterIdentifier) || f.Matches(i.ClusterIdentifier is null ? null : state.Arn("rds", "cluster:" + i.ClusterIdentifier)),
                "db-instance-id" => f.Matches(i.Identifier) || f.Matches(i.Arn),
                "dbi-resource-id" => f.Matches(i.DbiResourceId),
                "engine" => f.Matches(i.Engine),
                _ => false,
            }))];
        }

        if (PageSize(request) is not { } pageSize)
        {
            return InvalidMaxRecords(request);
        }

        var page = Pagination.PageAfter(instances, i => i.Identifier, pageSize, p.Get("Marker"), m => AwsError.InvalidParameterValue($"Invalid marker: {m}"));
        if (page.Error is { } error)
        {
            return error;
        }

        // The hot path of a scan: written straight to UTF-8 (about 4 KB per instance).
        return ServiceReply.Ok(QueryResponse.Page("DescribeDBInstances", Namespace, request.RequestId, page.NextMarker, "DBInstances"u8, page.Items, 4096, (x, instance) => RdsXml.WriteInstance(x, instance, state, request.Now)));
    }

    private static ServiceReply DescribeDbClusters(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        if (ValidateFilters(p, ClusterFilters) is { } filterError)
        {
            return filterError;
        }

        IEnumerable<DbClusterState> clusters = state.Clusters.Values;
        if (p.Get("DBClusterIdentifier") is { } identifier)
        {
            var cluster = state.Clusters.Values.FirstOrDefault(c => c.Identifier == identifier || c.Arn == identifier);
            if (cluster is null)
            {
                return new AwsError("DBClusterNotFoundFault", $"DBCluster {identifier} not found.", 404);
            }

            clusters = [cluster];
        }

        var filters = p.GetFilters("Filters", "Values");
        var matching = clusters.Where(c => filters.All(f => f.Name switch
        {
            "db-cluster-id" => f.Matches(c.Identifier) || f.Matches(c.Arn),
            "db-cluster-resource-id" => f.Matches(c.ResourceId),
            "engine" => f.Matches(c.Engine),
            _ => false,
        })).ToList();

        return Paged(request, "DescribeDBClusters", matching, "DBClusters"u8, 4096, (x, c) => RdsXml.WriteCluster(x, c, state, request.Now));
    }

    private static ServiceReply DescribeDbSnapshots(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        if (ValidateFilters(p, SnapshotFilters) is { } filterError)
        {
            return filterError;
        }

        IEnumerable<DbSnapshotState> snapshots = state.Snapshots.Ordered;
        if (p.Get("DBSnapshotIdentifier") is { } snapshotId)
        {
            var snapshot = FindSnapshot(state, snapshotId);
            if (snapshot is null)
            {
                return new AwsError("DBSnapshotNotFound", $"DBSnapshot {snapshotId} not found.", 404);
            }

            snapshots = [snapshot];
        }

        if (p.Get("DBInstanceIdentifier") is { } instanceId)
        {
            snapshots = snapshots.Where(s => s.InstanceIdentifier == instanceId);
        }

        // Without a type, RDS returns manual and automated snapshots (shared and public only when asked for).
        if (p.Get("SnapshotType") is { } type)
        {
            snapshots = snapshots.Where(s => s.SnapshotType == type);
        }

        var filters = p.GetFilters("Filters", "Values");
        var matching = snapshots.Where(s => filters.All(f => f.Name switch
        {
            "db-instance-id" => f.Matches(s.InstanceIdentifier),
            "db-snapshot-id" => f.Matches(s.Identifier) || f.Matches(s.Arn),
            "dbi-resource-id" => f.Matches(s.DbiResourceId),
            "snapshot-type" => f.Matches(s.SnapshotType),
            "engine" => f.Matches(s.Engine),
            _ => false,
        })).ToList();

        return PagedByIdentifier(request, "DescribeDBSnapshots", matching, s => s.Identifier, "DBSnapshots"u8, 2048, (x, s) => RdsXml.WriteSnapshot(x, s, state));
    }

    private static ServiceReply DescribeDbSnapshotAttributes(SandboxRequest request)
    {
        return WithSnapshot(request, snapshot => ServiceReply.Ok(QueryResponse.Query("DescribeDBSnapshotAttributes", Namespace, request.RequestId, RdsXml.SnapshotAttributes(snapshot))));
    }

    private static ServiceReply WithSnapshot(SandboxRequest request, Func<DbSnapshotState, ServiceReply> action)
    {
        var identifier = request.Parameters.Get("DBSnapshotIdentifier");
        if (identifier is null)
        {
            return new AwsError("MissingParameter", "The request must contain the parameter DBSnapshotIdentifier");
        }

        var snapshot = FindSnapshot(request.State, identifier);
        if (snapshot is null)
        {
            return new AwsError("DBSnapshotNotFound", $"DBSnapshot {identifier} not found.", 404);
        }

        return action(snapshot);
    }

    private static ServiceReply CreateDbSnapshot(SandboxRequest request)
    {
        var p = request.Parameters;
        var state = request.State;
        var snapshotId = p.Get("DBSnapshotIdentifier")?.ToLowerInvariant();
        var instanceId = p.Get("DBInstanceIdentifier");
        if (snapshotId is null || instanceId is null)
        {
            return new AwsError("MissingParameter", $"The request must contain the parameter {(snapshotId is null ? "DBSnapshotIdentifier" : "DBInstanceIdentifier")}");
        }

        var instance = FindInstance(state, instanceId);
        if (instance is null)
        {
            return new AwsError("DBInstanceNotFound", $"DBInstance {instanceId} not found.", 404);
        }

        if (instance.ClusterIdentifier is not null)
        {
            return new AwsError("InvalidDBInstanceState", "The specified instance is a member of a cluster and a snapshot cannot be created directly. Please use the CreateDBClusterSnapshot API instead.");
        }

        if (state.Snapshots.ContainsKey(snapshotId))
        {
            return new AwsError("DBSnapshotAlreadyExists", $"Cannot create the snapshot because a snapshot with the identifier {snapshotId} already exists.");
        }

        if (instance.Status != "available")
        {
            return new AwsError("InvalidDBInstanceState", $"Cannot create a snapshot because the database instance {instance.Identifier} is not currently in the available state.");
        }

        var readyAt = request.Now + state.Options.SnapshotDuration;
        var snapshot = InstanceSnapshotOf(state, instance, snapshotId, "manual", request.Now, TagsFrom(p, instance));
        snapshot.Status = "creating";
        snapshot.PercentProgress = 0;
        snapshot.ReadyAt = readyAt;
        state.Snapshots[snapshotId] = snapshot;
        instance.Status = "backing-up";
        instance.BusyUntil = readyAt;

        return ServiceReply.Ok(QueryResponse.Query("CreateDBSnapshot", Namespace, request.RequestId, RdsXml.Snapshot(snapshot, state))) with
        {
            Mutation = new MutationRecord([snapshot.Arn, instance.Arn], new Dictionary<string, object?>
            {
                ["dBSnapshotIdentifier"] = snapshotId,
                ["dBInstanceIdentifier"] = instance.Identifier,
            }),
        };
    }

    private static ServiceReply RebootDbInstance(SandboxRequest request)
    {
        var identifier = request.Parameters.Get("DBInstanceIdentifier");
        var instance = identifier is null ? null : FindInstance(request.State, identifier);
        if (instance is null)
        {
            return new AwsError("DBInstanceNotFound", $"DBInstance {identifier} not found.", 404);
        }

        if (instance.Status != "available")
        {
            return new AwsError("InvalidDBInstanceState", "Database instance is not in available state.");
        }

        instance.Status = "rebooting";
        instance.BusyUntil = request.Now + SandboxConstants.RebootDuration;
        return ServiceReply.Ok(QueryResponse.Query("RebootDBInstance", Namespace, request.RequestId, RdsXml.Instance(instance, request.State, request.Now))) with
        {
            Mutation = new MutationRecord([instance.Arn], new Dictionary<string, object?> { ["dBInstanceIdentifier"] = instance.Identifier }),
        };
    }

    private static List<KeyValuePair<string, string>> TagsFrom(QueryParameters p, DbInstanceState instance)
    {
        var given = p.GetStructures("Tags").Select(t => new KeyValuePair<string, string>(t.Get("Key") ?? "", t.Get("Value") ?? "")).ToList();
        return given.Count > 0 || !instance.CopyTagsToSnapshot ? given : [.. instance.Tags];
    }

    private static ServiceReply Paged<T>(SandboxRequest request, string operation, IReadOnlyList<T> items, Func<IReadOnlyList<T>, XElement> render)
    {
        if (PageSize(request) is not { } pageSize)
        {
            return InvalidMaxRecords(request);
        }

        var page = Pagination.Page(items, pageSize, request.Parameters.Get("Marker"), m => AwsError.InvalidParameterValue($"Invalid marker: {m}"));
        return Rendered(request, operation, page, render);
    }

    private static ServiceReply Rendered<T>(SandboxRequest request, string operation, PageResult<T> page, Func<IReadOnlyList<T>, XElement> render) =>
        page.Error is { } error
            ? error
            : ServiceReply.Ok(QueryResponse.Query(operation, Namespace, request.RequestId, Xml.Opt("Marker", page.NextMarker), render(page.Items)));

    // The pages a scan reads, written without element trees: the list element and each item straight to UTF-8.
    private static ServiceReply Paged<T>(SandboxRequest request, string operation, IReadOnlyList<T> items, ReadOnlySpan<byte> list, int bytesPerItem, Action<XmlBuffer, T> write)
    {
        if (PageSize(request) is not { } pageSize)
        {
            return InvalidMaxRecords(request);
        }

        var page = Pagination.Page(items, pageSize, request.Parameters.Get("Marker"), m => AwsError.InvalidParameterValue($"Invalid marker: {m}"));
        return page.Error is { } error
            ? error
            : ServiceReply.Ok(QueryResponse.Page(operation, Namespace, request.RequestId, page.NextMarker, list, page.Items, bytesPerItem, write));
    }

    // Items in identifier order, paged by the last identifier returned (a seek, not an offset).
    private static ServiceReply PagedByIdentifier<T>(SandboxRequest request, string operation, IReadOnlyList<T> items, Func<T, string> identifier, ReadOnlySpan<byte> list, int bytesPerItem, Action<XmlBuffer, T> write)
    {
        if (PageSize(request) is not { } pageSize)
        {
            return InvalidMaxRecords(request);
        }

        var page = Pagination.PageAfter(items, identifier, pageSize, request.Parameters.Get("Marker"), m => AwsError.InvalidParameterValue($"Invalid marker: {m}"));
        return page.Error is { } error
            ? error
            : ServiceReply.Ok(QueryResponse.Page(operation, Namespace, request.RequestId, page.NextMarker, list, page.Items, bytesPerItem, write));
    }

    // MaxRecords: 20 to 100, 100 when absent; null when out of range.
    private static int? PageSize(SandboxRequest request)
    {
        if (request.Parameters.Get("MaxRecords") is null)
        {
            return 100;
        }

        return request.Parameters.GetInt("MaxRecords") is { } maxRecords and >= 20 and <= 100 ? maxRecords : null;
    }

    private static AwsError InvalidMaxRecords(SandboxRequest request) =>
        AwsError.InvalidParameterValue($"Invalid value {request.Parameters.Get("MaxRecords")} for MaxRecords. Must be between 20 and 100");

    private static AwsError? ValidateFilters(QueryParameters p, IReadOnlyList<string> supported)
    {
        foreach (var filter in p.GetFilters("Filters", "Values"))
        {
            if (!supported.Contains(filter.Name, StringComparer.Ordinal))
            {
                return AwsError.InvalidParameterValue($"Unrecognized filter name: {filter.Name}");
            }

            if (filter.Values.Count == 0)
            {
                return AwsError.InvalidParameterValue($"Filter {filter.Name} must have at least one value.");
            }
        }

        return null;
    }

    private static DbInstanceState? FindInstance(RegionState state, string identifier) =>
        state.Instances.GetValueOrDefault(identifier.ToLowerInvariant()) ?? state.Instances.Values.FirstOrDefault(i => i.Arn == identifier);

    private static DbSnapshotState? FindSnapshot(RegionState state, string identifier) =>
        state.Snapshots.GetValueOrDefault(identifier) ?? state.Snapshots.GetValueOrDefault(identifier.ToLowerInvariant()) ?? state.Snapshots.Values.FirstOrDefault(s => s.Arn == identifier);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
