using Flywheel.Aws.Clients.Ec2.Model;
using Flywheel.Aws.Wire;

namespace Flywheel.Aws.Clients.Ec2;

/// <summary>
/// The Amazon EC2 (network) operations Flywheel uses, typed after the service model. <c>…PagesAsync</c> walks every page
/// (largest page size the model allows); errors are <see cref="AwsError"/> values. An SDK-backed implementation
/// can replace the wire client behind this interface.
/// </summary>
internal interface IEc2Api
{
    Task<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsPagesAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsPagesAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesPagesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken);

    Task<AwsResult<DescribeRegionsResponse>> DescribeRegionsAsync(DescribeRegionsRequest request, CancellationToken cancellationToken);
}
