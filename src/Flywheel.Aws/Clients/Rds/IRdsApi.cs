using Flywheel.Aws.Clients.Rds.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.Rds;

/// <summary>
/// The Amazon RDS operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IRdsApi
{
    Task<AwsResult<DescribeDBInstancesResponse>> DescribeDBInstancesAsync(DescribeDBInstancesRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBInstancesResponse>> DescribeDBInstancesPagesAsync(DescribeDBInstancesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBClustersResponse>> DescribeDBClustersAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBClustersResponse>> DescribeDBClustersPagesAsync(DescribeDBClustersRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBSnapshotsResponse>> DescribeDBSnapshotsAsync(DescribeDBSnapshotsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBSnapshotsResponse>> DescribeDBSnapshotsPagesAsync(DescribeDBSnapshotsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBClusterSnapshotsResponse>> DescribeDBClusterSnapshotsAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBClusterSnapshotsResponse>> DescribeDBClusterSnapshotsPagesAsync(DescribeDBClusterSnapshotsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBSnapshotAttributesResponse>> DescribeDBSnapshotAttributesAsync(DescribeDBSnapshotAttributesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBClusterSnapshotAttributesResponse>> DescribeDBClusterSnapshotAttributesAsync(DescribeDBClusterSnapshotAttributesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBParameterGroupsResponse>> DescribeDBParameterGroupsAsync(DescribeDBParameterGroupsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBParameterGroupsResponse>> DescribeDBParameterGroupsPagesAsync(DescribeDBParameterGroupsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBParametersResponse>> DescribeDBParametersAsync(DescribeDBParametersRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBParametersResponse>> DescribeDBParametersPagesAsync(DescribeDBParametersRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBClusterParameterGroupsResponse>> DescribeDBClusterParameterGroupsAsync(DescribeDBClusterParameterGroupsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBClusterParameterGroupsResponse>> DescribeDBClusterParameterGroupsPagesAsync(DescribeDBClusterParameterGroupsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBClusterParametersResponse>> DescribeDBClusterParametersAsync(DescribeDBClusterParametersRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBClusterParametersResponse>> DescribeDBClusterParametersPagesAsync(DescribeDBClusterParametersRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeOptionGroupsResponse>> DescribeOptionGroupsAsync(DescribeOptionGroupsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeOptionGroupsResponse>> DescribeOptionGroupsPagesAsync(DescribeOptionGroupsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBProxiesResponse>> DescribeDBProxiesAsync(DescribeDBProxiesRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBProxiesResponse>> DescribeDBProxiesPagesAsync(DescribeDBProxiesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeEventSubscriptionsResponse>> DescribeEventSubscriptionsAsync(DescribeEventSubscriptionsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeEventSubscriptionsResponse>> DescribeEventSubscriptionsPagesAsync(DescribeEventSubscriptionsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBEngineVersionsResponse>> DescribeDBEngineVersionsAsync(DescribeDBEngineVersionsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBEngineVersionsResponse>> DescribeDBEngineVersionsPagesAsync(DescribeDBEngineVersionsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBMajorEngineVersionsResponse>> DescribeDBMajorEngineVersionsAsync(DescribeDBMajorEngineVersionsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBMajorEngineVersionsResponse>> DescribeDBMajorEngineVersionsPagesAsync(DescribeDBMajorEngineVersionsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeDBInstanceAutomatedBackupsResponse>> DescribeDBInstanceAutomatedBackupsAsync(DescribeDBInstanceAutomatedBackupsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeDBInstanceAutomatedBackupsResponse>> DescribeDBInstanceAutomatedBackupsPagesAsync(DescribeDBInstanceAutomatedBackupsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<ModifyDBInstanceResponse>> ModifyDBInstanceAsync(ModifyDBInstanceRequest request, CancellationToken cancellationToken);
}
