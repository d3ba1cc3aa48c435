using Flywheel.Aws.Clients.Rds;
using Flywheel.Aws.Clients.Rds.Model;
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
        var instances = export.ListAsync(Service, "describe-db-instances", rds.DescribeDBInstancesPagesAsync(new(), cancellationToken), r => r.DBInstances, l => new DescribeDBInstancesResponse { DBInstances = l }, json.DescribeDBInstancesResponse, cancellationToken);
        var clusters = export.ListAsync(Service, "describe-db-clusters", rds.DescribeDBClustersPagesAsync(new(), cancellationToken), r => r.DBClusters, l => new DescribeDBClustersResponse { DBClusters = l }, json.DescribeDBClustersResponse, cancellationToken);
        return Task.WhenAll(
            instances,
            clusters,
            SnapshotsAsync(export, rds, cancellationToken),
            ClusterSnapshotsAsync(export, rds, cancellationToken),
            ParametersAsync(export, apis, cancellationToken),
            ClusterParametersAsync(export, apis, cancellationToken),
            export.ListAsync(Service, "describe-option-groups", rds.DescribeOptionGroupsPagesAsync(new(), cancellationToken), r => r.OptionGroupsList, l => new DescribeOptionGroupsResponse { OptionGroupsList = l }, json.DescribeOptionGroupsResponse, cancellationToken),
            export.ListAsync(Service, "describe-db-proxies", rds.DescribeDBProxiesPagesAsync(new(), cancellationToken), r => r.DBProxies, l => new DescribeDBProxiesResponse { DBProxies = l }, json.DescribeDBProxiesResponse, cancellationToken),
            export.ListAsync(Service, "describe-event-subscriptions", rds.DescribeEventSubscriptionsPagesAsync(new(), cancellationToken), r => r.EventSubscriptionsList, l => new DescribeEventSubscriptionsResponse { EventSubscriptionsList = l }, json.DescribeEventSubscriptionsResponse, cancellationToken),
            export.ListAsync(Service, "describe-db-instance-automated-backups", rds.DescribeDBInstanceAutomatedBackupsPagesAsync(new(), cancellationToken), r => r.DBInstanceAutomatedBackups, l => new DescribeDBInstanceAutomatedBackupsResponse { DBInstanceAutomatedBackups = l }, json.DescribeDBInstanceAutomatedBackupsResponse, cancellationToken),
            MajorEngineVersionsAsync(export, apis, cancellationToken),
            EngineVersionsAsync(export, apis, instances, clusters, cancellationToken));
    }

    private static async Task SnapshotsAsync(RegionExport export, IRdsApi rds, CancellationToken cancellationToken)
    {
        var json = RdsJsonContext.Default;
        var snapshots = await export.ListAsync(Service, "describe-db-snapshots", rds.DescribeDBSnapshotsPagesAsync(new(), cancellationToken), r => r.DBSnapshots, l => new DescribeDBSnapshotsResponse { DBSnapshots = l }, json.DescribeDBSnapshotsResponse, cancellationToken).ConfigureAwait(false);
        var manual = await ShareableAsync(export, (snapshots ?? []).Where(s => s.SnapshotType == ManualSnapshot && s.DBSnapshotIdentifier is not null).Select(s => (s.DBSnapshotIdentifier!, s.Encrypted, s.KmsKeyId)), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(manual.Select(id => export.OneAsync(
            Service,
            "describe-db-snapshot-attributes",
            id,
            ct => rds.DescribeDBSnapshotAttributesAsync(new() { DBSnapshotIdentifier = id }, ct),
            json.DescribeDBSnapshotAttributesResponse,
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

    private static async Task ClusterSnapshotsAsync(RegionExport export, IRdsApi rds, CancellationToken cancellationToken)
    {
        var json = RdsJsonContext.Default;
        var snapshots = await export.ListAsync(Service, "describe-db-cluster-snapshots", rds.DescribeDBClusterSnapshotsPagesAsync(new(), cancellationToken), r => r.DBClusterSnapshots, l => new DescribeDBClusterSnapshotsResponse { DBClusterSnapshots = l }, json.DescribeDBClusterSnapshotsResponse, cancellationToken).ConfigureAwait(false);
        var manual = await ShareableAsync(export, (snapshots ?? []).Where(s => s.SnapshotType == ManualSnapshot && s.DBClusterSnapshotIdentifier is not null).Select(s => (s.DBClusterSnapshotIdentifier!, s.StorageEncrypted, s.KmsKeyId)), cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(manual.Select(id => export.OneAsync(
            Service,
            "describe-db-cluster-snapshot-attributes",
            id,
            ct => rds.DescribeDBClusterSnapshotAttributesAsync(new() { DBClusterSnapshotIdentifier = id }, ct),
            json.DescribeDBClusterSnapshotAttributesResponse,
            cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ParametersAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var rds = apis.Rds;
        var json = RdsJsonContext.Default;
        var groups = await export.ListAsync(Service, "describe-db-parameter-groups", rds.DescribeDBParameterGroupsPagesAsync(new(), cancellationToken), r => r.DBParameterGroups, l => new DescribeDBParameterGroupsResponse { DBParameterGroups = l }, json.DescribeDBParameterGroupsResponse, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll((groups ?? []).Select(g => g.DBParameterGroupName).OfType<string>().Select(name => GroupParametersAsync(
            export,
            apis.Catalog,
            "describe-db-parameters",
            name,
            () => RegionExport.MergePagesAsync(
                rds.DescribeDBParametersPagesAsync(new() { DBParameterGroupName = name }, cancellationToken),
                r => r.Parameters,
                l => new DescribeDBParametersResponse { Parameters = l },
                json.DescribeDBParametersResponse,
                cancellationToken),
            cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ClusterParametersAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var rds = apis.Rds;
        var json = RdsJsonContext.Default;
        var groups = await export.ListAsync(Service, "describe-db-cluster-parameter-groups", rds.DescribeDBClusterParameterGroupsPagesAsync(new(), cancellationToken), r => r.DBClusterParameterGroups, l => new DescribeDBClusterParameterGroupsResponse { DBClusterParameterGroups = l }, json.DescribeDBClusterParameterGroupsResponse, cancellationToken).ConfigureAwait(false);
        await Task.WhenAll((groups ?? []).Select(g => g.DBClusterParameterGroupName).OfType<string>().Select(name => GroupParametersAsync(
            export,
            apis.Catalog,
            "describe-db-cluster-parameters",
            name,
            () => RegionExport.MergePagesAsync(
                rds.DescribeDBClusterParametersPagesAsync(new() { DBClusterParameterGroupName = name }, cancellationToken),
                r => r.Parameters,
                l => new DescribeDBClusterParametersResponse { Parameters = l },
                json.DescribeDBClusterParametersResponse,
                cancellationToken),
            cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// The parameters of one group. RDS's default groups (<c>default.&lt;family&gt;</c>) cannot be modified and hold
    /// the engine defaults, the same in every account of a region: they are fetched once per region and scan.
    /// </summary>
    private static async Task GroupParametersAsync<TItem>(RegionExport export, SharedCatalog catalog, string command, string group, Func<Task<(IReadOnlyList<TItem>? Items, ExportCallResult Result)>> fetch, CancellationToken cancellationToken)
    {
        async Task<ExportCallResult> Fetch() => (await fetch().ConfigureAwait(false)).Result;
        var result = group.StartsWith(DefaultGroupPrefix, StringComparison.Ordinal)
            ? await catalog.GetAsync(export.Region, command, group, Fetch, cancellationToken).ConfigureAwait(false)
            : await Fetch().ConfigureAwait(false);
        await export.WriteResultAsync(Service, command, group, result, cancellationToken).ConfigureAwait(false);
    }

    private static async Task MajorEngineVersionsAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        const string Command = "describe-db-major-engine-versions";
        var result = await apis.Catalog.GetAsync(export.Region, Command, null, async () => (await RegionExport.MergePagesAsync(
            apis.Rds.DescribeDBMajorEngineVersionsPagesAsync(new(), cancellationToken),
            r => r.DBMajorEngineVersions,
            l => new DescribeDBMajorEngineVersionsResponse { DBMajorEngineVersions = l },
            RdsJsonContext.Default.DescribeDBMajorEngineVersionsResponse,
            cancellationToken).ConfigureAwait(false)).Result, cancellationToken).ConfigureAwait(false);
        await export.WriteResultAsync(Service, Command, null, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One engine-version listing per engine in use. AWS's engines are the same for every account of a region and
    /// fetched once; RDS Custom engines (<c>custom-*</c>) carry the account's own versions and are fetched per account.
    /// </summary>
    private static async Task EngineVersionsAsync(RegionExport export, RegionApis apis, Task<IReadOnlyList<DBInstance>?> instances, Task<IReadOnlyList<DBCluster>?> clusters, CancellationToken cancellationToken)
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

    private static async Task<ExportCallResult> FetchEngineVersionsAsync(IRdsApi rds, string engine, CancellationToken cancellationToken) =>
        (await RegionExport.MergePagesAsync(
            rds.DescribeDBEngineVersionsPagesAsync(new() { Engine = engine, IncludeAll = true }, cancellationToken),
            r => r.DBEngineVersions,
            l => new DescribeDBEngineVersionsResponse { DBEngineVersions = l },
            RdsJsonContext.Default.DescribeDBEngineVersionsResponse,
            cancellationToken).ConfigureAwait(false)).Result;
}
