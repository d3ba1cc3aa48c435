using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.Rds.Model;
using Flywheel.Aws.Collection.Projections;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Protocols;
using Flywheel.Core.Sources;

namespace Flywheel.Aws.Collection.Services;

/// <summary>
/// RDS: every list call at its largest page, then only the per-resource calls no list carries: sharing attributes
/// of manual snapshots that can be shared (automated ones and those encrypted with the AWS managed key cannot), the parameters of each listed group, and the engine
/// versions of the engines in use. What AWS defines identically for every account (the engine catalogue, the default
/// parameter groups) is fetched once per region and scan.
/// </summary>
internal sealed class RdsCollector : IServiceCollector
{
    private const string Service = "rds";
    private const string ManualSnapshot = "manual";
    private const string DefaultGroupPrefix = "default.";

    public Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var rds = apis.Rds;
        var json = RdsJsonContext.Default;
        var listed = ProjectionJsonContext.Default;
        var instances = export.ListAsync(Service, "describe-db-instances", null, rds.RawPagesAsync("DescribeDBInstances", new DescribeDBInstancesRequest(), json.DescribeDBInstancesRequest, cancellationToken), "DBInstances", listed.InstanceEngine, cancellationToken);
        var clusters = export.ListAsync(Service, "describe-db-clusters", null, rds.RawPagesAsync("DescribeDBClusters", new DescribeDBClustersRequest(), json.DescribeDBClustersRequest, cancellationToken), "DBClusters", listed.ClusterEngine, cancellationToken);
        return Task.WhenAll(
            instances,
            clusters,
            SnapshotsAsync(export, rds, cancellationToken),
            ClusterSnapshotsAsync(export, rds, cancellationToken),
            ParametersAsync(export, apis, cancellationToken),
            ClusterParametersAsync(export, apis, cancellationToken),
            export.ListAsync(Service, "describe-option-groups", null, rds.RawPagesAsync("DescribeOptionGroups", new DescribeOptionGroupsRequest(), json.DescribeOptionGroupsRequest, cancellationToken), "OptionGroupsList", cancellationToken),
            export.ListAsync(Service, "describe-db-proxies", null, rds.RawPagesAsync("DescribeDBProxies", new DescribeDBProxiesRequest(), json.DescribeDBProxiesRequest, cancellationToken), "DBProxies", cancellationToken),
            export.ListAsync(Service, "describe-event-subscriptions", null, rds.RawPagesAsync("DescribeEventSubscriptions", new DescribeEventSubscriptionsRequest(), json.DescribeEventSubscriptionsRequest, cancellationToken), "EventSubscriptionsList", cancellationToken),
            export.ListAsync(Service, "describe-db-instance-automated-backups", null, rds.RawPagesAsync("DescribeDBInstanceAutomatedBackups", new DescribeDBInstanceAutomatedBackupsRequest(), json.DescribeDBInstanceAutomatedBackupsRequest, cancellationToken), "DBInstanceAutomatedBackups", cancellationToken),
            MajorEngineVersionsAsync(export, apis, cancellationToken),
            EngineVersionsAsync(export, apis, instances, clusters, cancellationToken));
    }

    private static async Task SnapshotsAsync(RegionExport export, ServiceInvoker rds, CancellationToken cancellationToken)
    {
        var json = RdsJsonContext.Default;
        var snapshots = await export.ListAsync(Service, "describe-db-snapshots", null, rds.RawPagesAsync("DescribeDBSnapshots", new DescribeDBSnapshotsRequest(), json.DescribeDBSnapshotsRequest, cancellationToken), "DBSnapshots", ProjectionJsonContext.Default.SnapshotSharing, cancellationToken).ConfigureAwait(false);
        var manual = await ShareableAsync(export, (snapshots ?? []).Where(s => s.SnapshotType == ManualSnapshot && s.DBSnapshotIdentifier is not null).Select(s => (s.DBSnapshotIdentifier!, s.Encrypted, s.KmsKeyId)), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(manual.Select(id => export.OneAsync(
            Service,
            "describe-db-snapshot-attributes",
            id,
            ct => rds.InvokeRawAsync("DescribeDBSnapshotAttributes", new DescribeDBSnapshotAttributesRequest { DBSnapshotIdentifier = id }, json.DescribeDBSnapshotAttributesRequest, ct),
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// The manual snapshots that can be shared: not those encrypted with the account's AWS managed key, which AWS
    /// refuses to share with anyone (the export reader knows them as shared with nobody).
    /// </summary>
    private static async Task<List<string>> ShareableAsync(RegionExport export, IEnumerable<(string Id, bool? Encrypted, string? KmsKeyId)> manual, CancellationToken cancellationToken)
    {
        var shareable = new List<string>();
        foreach (var (id, encrypted, keyId) in manual)
        {
            if (encrypted != true || !await export.Keys.IsAwsManagedKeyArnAsync(keyId, cancellationToken).ConfigureAwait(false))
            {
                shareable.Add(id);
            }
        }

        return shareable;
    }

    private static async Task ClusterSnapshotsAsync(RegionExport export, ServiceInvoker rds, CancellationToken cancellationToken)
    {
        var json = RdsJsonContext.Default;
        var snapshots = await export.ListAsync(Service, "describe-db-cluster-snapshots", null, rds.RawPagesAsync("DescribeDBClusterSnapshots", new DescribeDBClusterSnapshotsRequest(), json.DescribeDBClusterSnapshotsRequest, cancellationToken), "DBClusterSnapshots", ProjectionJsonContext.Default.ClusterSnapshotSharing, cancellationToken).ConfigureAwait(false);
        var manual = await ShareableAsync(export, (snapshots ?? []).Where(s => s.SnapshotType == ManualSnapshot && s.DBClusterSnapshotIdentifier is not null).Select(s => (s.DBClusterSnapshotIdentifier!, s.StorageEncrypted, s.KmsKeyId)), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(manual.Select(id => export.OneAsync(
            Service,
            "describe-db-cluster-snapshot-attributes",
            id,
            ct => rds.InvokeRawAsync("DescribeDBClusterSnapshotAttributes", new DescribeDBClusterSnapshotAttributesRequest { DBClusterSnapshotIdentifier = id }, json.DescribeDBClusterSnapshotAttributesRequest, ct),
            cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ParametersAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var rds = apis.Rds;
        var json = RdsJsonContext.Default;
        var groups = await export.ListAsync(Service, "describe-db-parameter-groups", null, rds.RawPagesAsync("DescribeDBParameterGroups", new DescribeDBParameterGroupsRequest(), json.DescribeDBParameterGroupsRequest, cancellationToken), "DBParameterGroups", json.DBParameterGroup, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll((groups ?? []).Select(g => g.DBParameterGroupName).OfType<string>().Select(name => GroupParametersAsync(
            export,
            apis.Catalog,
            "describe-db-parameters",
            name,
            () => rds.RawPagesAsync("DescribeDBParameters", new DescribeDBParametersRequest { DBParameterGroupName = name }, json.DescribeDBParametersRequest, cancellationToken),
            cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ClusterParametersAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var rds = apis.Rds;
        var json = RdsJsonContext.Default;
        var groups = await export.ListAsync(Service, "describe-db-cluster-parameter-groups", null, rds.RawPagesAsync("DescribeDBClusterParameterGroups", new DescribeDBClusterParameterGroupsRequest(), json.DescribeDBClusterParameterGroupsRequest, cancellationToken), "DBClusterParameterGroups", json.DBClusterParameterGroup, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll((groups ?? []).Select(g => g.DBClusterParameterGroupName).OfType<string>().Select(name => GroupParametersAsync(
            export,
            apis.Catalog,
            "describe-db-cluster-parameters",
            name,
            () => rds.RawPagesAsync("DescribeDBClusterParameters", new DescribeDBClusterParametersRequest { DBClusterParameterGroupName = name }, json.DescribeDBClusterParametersRequest, cancellationToken),
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// The parameters of one group. RDS's default groups (<c>default.&lt;family&gt;</c>) cannot be modified and hold
    /// the engine defaults, the same in every account of a region: they are fetched once per region and scan.
    /// </summary>
    private static async Task GroupParametersAsync(RegionExport export, SharedCatalog catalog, string command, string group, Func<IAsyncEnumerable<AwsResult<WireOutput>>> pages, CancellationToken cancellationToken)
    {
        Task<ExportCallResult> Fetch() => RegionExport.MergePagesAsync(Service, command, pages(), "Parameters", cancellationToken);
        var result = group.StartsWith(DefaultGroupPrefix, StringComparison.Ordinal)
            ? await catalog.GetAsync(export.Region, command, group, Fetch, cancellationToken).ConfigureAwait(false)
            : await Fetch().ConfigureAwait(false);
        await export.WriteResultAsync(Service, command, group, result, cancellationToken).ConfigureAwait(false);
    }

    private static async Task MajorEngineVersionsAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        const string Command = "describe-db-major-engine-versions";
        var result = await apis.Catalog.GetAsync(export.Region, Command, null, () => RegionExport.MergePagesAsync(
            Service,
            Command,
            apis.Rds.RawPagesAsync("DescribeDBMajorEngineVersions", new DescribeDBMajorEngineVersionsRequest(), RdsJsonContext.Default.DescribeDBMajorEngineVersionsRequest, cancellationToken),
            "DBMajorEngineVersions",
            cancellationToken), cancellationToken).ConfigureAwait(false);
        await export.WriteResultAsync(Service, Command, null, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One engine-version listing per engine in use. AWS's engines are the same for every account of a region and
    /// fetched once; RDS Custom engines (<c>custom-*</c>) carry the account's own versions and are fetched per account.
    /// </summary>
    private static async Task EngineVersionsAsync(RegionExport export, RegionApis apis, Task<IReadOnlyList<InstanceEngine>?> instances, Task<IReadOnlyList<ClusterEngine>?> clusters, CancellationToken cancellationToken)
    {
        const string Command = "describe-db-engine-versions";
        var engines = ((await instances.ConfigureAwait(false)) ?? []).Select(i => i.Engine)
            .Concat(((await clusters.ConfigureAwait(false)) ?? []).Select(c => c.Engine))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        await Task.WhenAll(engines.Select(async engine =>
        {
            Task<ExportCallResult> Fetch() => FetchEngineVersionsAsync(apis.Rds, engine, cancellationToken);
            var result = engine.StartsWith("custom-", StringComparison.Ordinal)
                ? await Fetch().ConfigureAwait(false)
                : await apis.Catalog.GetAsync(export.Region, Command, engine, Fetch, cancellationToken).ConfigureAwait(false);
            await export.WriteResultAsync(Service, Command, engine, result, cancellationToken).ConfigureAwait(false);
        })).ConfigureAwait(false);
    }

    private static Task<ExportCallResult> FetchEngineVersionsAsync(ServiceInvoker rds, string engine, CancellationToken cancellationToken) =>
        RegionExport.MergePagesAsync(
            Service,
            "describe-db-engine-versions",
            rds.RawPagesAsync("DescribeDBEngineVersions", new DescribeDBEngineVersionsRequest { Engine = engine, IncludeAll = true }, RdsJsonContext.Default.DescribeDBEngineVersionsRequest, cancellationToken),
            "DBEngineVersions",
            cancellationToken);
}
