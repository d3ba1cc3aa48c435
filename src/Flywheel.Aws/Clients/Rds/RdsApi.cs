using Flywheel.Aws.Clients.Rds.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds;

/// <summary><see cref="IRdsApi"/> over Flywheel's wire client (query protocol).</summary>
internal sealed class RdsApi(AwsWireClient wire, AwsCallScope scope) : IRdsApi
{
    public const string ServiceKey = "rds";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<DescribeDBInstancesResponse>> DescribeDBInstancesAsync(DescribeDBInstancesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBInstances", request, RdsJsonContext.Default.DescribeDBInstancesRequest, RdsJsonContext.Default.DescribeDBInstancesResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBInstancesResponse>> DescribeDBInstancesPagesAsync(DescribeDBInstancesRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBInstances", request, RdsJsonContext.Default.DescribeDBInstancesRequest, RdsJsonContext.Default.DescribeDBInstancesResponse, cancellationToken);

    public Task<AwsResult<DescribeDBClustersResponse>> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBClusters", request, RdsJsonContext.Default.DescribeDBClustersRequest, RdsJsonContext.Default.DescribeDBClustersResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBClustersResponse>> DescribeDBClustersPagesAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBClusters", request, RdsJsonContext.Default.DescribeDBClustersRequest, RdsJsonContext.Default.DescribeDBClustersResponse, cancellationToken);

    public Task<AwsResult<DescribeDBSnapshotsResponse>> DescribeDBSnapshotsAsync(DescribeDBSnapshotsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBSnapshots", request, RdsJsonContext.Default.DescribeDBSnapshotsRequest, RdsJsonContext.Default.DescribeDBSnapshotsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBSnapshotsResponse>> DescribeDBSnapshotsPagesAsync(DescribeDBSnapshotsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBSnapshots", request, RdsJsonContext.Default.DescribeDBSnapshotsRequest, RdsJsonContext.Default.DescribeDBSnapshotsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBClusterSnapshotsResponse>> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBClusterSnapshots", request, RdsJsonContext.Default.DescribeDBClusterSnapshotsRequest, RdsJsonContext.Default.DescribeDBClusterSnapshotsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBClusterSnapshotsResponse>> DescribeDBClusterSnapshotsPagesAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBClusterSnapshots", request, RdsJsonContext.Default.DescribeDBClusterSnapshotsRequest, RdsJsonContext.Default.DescribeDBClusterSnapshotsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBSnapshotAttributesResponse>> DescribeDBSnapshotAttributesAsync(DescribeDBSnapshotAttributesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBSnapshotAttributes", request, RdsJsonContext.Default.DescribeDBSnapshotAttributesRequest, RdsJsonContext.Default.DescribeDBSnapshotAttributesResponse, cancellationToken);

    public Task<AwsResult<DescribeDBClusterSnapshotAttributesResponse>> DescribeDBClusterSnapshotAttributesAsync(DescribeDBClusterSnapshotAttributesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBClusterSnapshotAttributes", request, RdsJsonContext.Default.DescribeDBClusterSnapshotAttributesRequest, RdsJsonContext.Default.DescribeDBClusterSnapshotAttributesResponse, cancellationToken);

    public Task<AwsResult<DescribeDBParameterGroupsResponse>> DescribeDBParameterGroupsAsync(DescribeDBParameterGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBParameterGroups", request, RdsJsonContext.Default.DescribeDBParameterGroupsRequest, RdsJsonContext.Default.DescribeDBParameterGroupsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBParameterGroupsResponse>> DescribeDBParameterGroupsPagesAsync(DescribeDBParameterGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBParameterGroups", request, RdsJsonContext.Default.DescribeDBParameterGroupsRequest, RdsJsonContext.Default.DescribeDBParameterGroupsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBParametersResponse>> DescribeDBParametersAsync(DescribeDBParametersRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBParameters", request, RdsJsonContext.Default.DescribeDBParametersRequest, RdsJsonContext.Default.DescribeDBParametersResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBParametersResponse>> DescribeDBParametersPagesAsync(DescribeDBParametersRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBParameters", request, RdsJsonContext.Default.DescribeDBParametersRequest, RdsJsonContext.Default.DescribeDBParametersResponse, cancellationToken);

    public Task<AwsResult<DescribeDBClusterParameterGroupsResponse>> DescribeDBClusterParameterGroupsAsync(DescribeDBClusterParameterGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBClusterParameterGroups", request, RdsJsonContext.Default.DescribeDBClusterParameterGroupsRequest, RdsJsonContext.Default.DescribeDBClusterParameterGroupsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBClusterParameterGroupsResponse>> DescribeDBClusterParameterGroupsPagesAsync(DescribeDBClusterParameterGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBClusterParameterGroups", request, RdsJsonContext.Default.DescribeDBClusterParameterGroupsRequest, RdsJsonContext.Default.DescribeDBClusterParameterGroupsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBClusterParametersResponse>> DescribeDBClusterParametersAsync(DescribeDBClusterParametersRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBClusterParameters", request, RdsJsonContext.Default.DescribeDBClusterParametersRequest, RdsJsonContext.Default.DescribeDBClusterParametersResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBClusterParametersResponse>> DescribeDBClusterParametersPagesAsync(DescribeDBClusterParametersRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBClusterParameters", request, RdsJsonContext.Default.DescribeDBClusterParametersRequest, RdsJsonContext.Default.DescribeDBClusterParametersResponse, cancellationToken);

    public Task<AwsResult<DescribeOptionGroupsResponse>> DescribeOptionGroupsAsync(DescribeOptionGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeOptionGroups", request, RdsJsonContext.Default.DescribeOptionGroupsRequest, RdsJsonContext.Default.DescribeOptionGroupsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeOptionGroupsResponse>> DescribeOptionGroupsPagesAsync(DescribeOptionGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeOptionGroups", request, RdsJsonContext.Default.DescribeOptionGroupsRequest, RdsJsonContext.Default.DescribeOptionGroupsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBProxiesResponse>> DescribeDBProxiesAsync(DescribeDBProxiesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBProxies", request, RdsJsonContext.Default.DescribeDBProxiesRequest, RdsJsonContext.Default.DescribeDBProxiesResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBProxiesResponse>> DescribeDBProxiesPagesAsync(DescribeDBProxiesRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBProxies", request, RdsJsonContext.Default.DescribeDBProxiesRequest, RdsJsonContext.Default.DescribeDBProxiesResponse, cancellationToken);

    public Task<AwsResult<DescribeEventSubscriptionsResponse>> DescribeEventSubscriptionsAsync(DescribeEventSubscriptionsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeEventSubscriptions", request, RdsJsonContext.Default.DescribeEventSubscriptionsRequest, RdsJsonContext.Default.DescribeEventSubscriptionsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeEventSubscriptionsResponse>> DescribeEventSubscriptionsPagesAsync(DescribeEventSubscriptionsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeEventSubscriptions", request, RdsJsonContext.Default.DescribeEventSubscriptionsRequest, RdsJsonContext.Default.DescribeEventSubscriptionsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBEngineVersionsResponse>> DescribeDBEngineVersionsAsync(DescribeDBEngineVersionsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBEngineVersions", request, RdsJsonContext.Default.DescribeDBEngineVersionsRequest, RdsJsonContext.Default.DescribeDBEngineVersionsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBEngineVersionsResponse>> DescribeDBEngineVersionsPagesAsync(DescribeDBEngineVersionsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBEngineVersions", request, RdsJsonContext.Default.DescribeDBEngineVersionsRequest, RdsJsonContext.Default.DescribeDBEngineVersionsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBMajorEngineVersionsResponse>> DescribeDBMajorEngineVersionsAsync(DescribeDBMajorEngineVersionsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBMajorEngineVersions", request, RdsJsonContext.Default.DescribeDBMajorEngineVersionsRequest, RdsJsonContext.Default.DescribeDBMajorEngineVersionsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBMajorEngineVersionsResponse>> DescribeDBMajorEngineVersionsPagesAsync(DescribeDBMajorEngineVersionsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBMajorEngineVersions", request, RdsJsonContext.Default.DescribeDBMajorEngineVersionsRequest, RdsJsonContext.Default.DescribeDBMajorEngineVersionsResponse, cancellationToken);

    public Task<AwsResult<DescribeDBInstanceAutomatedBackupsResponse>> DescribeDBInstanceAutomatedBackupsAsync(DescribeDBInstanceAutomatedBackupsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeDBInstanceAutomatedBackups", request, RdsJsonContext.Default.DescribeDBInstanceAutomatedBackupsRequest, RdsJsonContext.Default.DescribeDBInstanceAutomatedBackupsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeDBInstanceAutomatedBackupsResponse>> DescribeDBInstanceAutomatedBackupsPagesAsync(DescribeDBInstanceAutomatedBackupsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeDBInstanceAutomatedBackups", request, RdsJsonContext.Default.DescribeDBInstanceAutomatedBackupsRequest, RdsJsonContext.Default.DescribeDBInstanceAutomatedBackupsResponse, cancellationToken);

    public Task<AwsResult<ModifyDBInstanceResponse>> ModifyDBInstanceAsync(ModifyDBInstanceRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("ModifyDBInstance", request, RdsJsonContext.Default.ModifyDBInstanceRequest, RdsJsonContext.Default.ModifyDBInstanceResponse, cancellationToken);
}
