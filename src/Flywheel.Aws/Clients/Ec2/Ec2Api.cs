using Flywheel.Aws.Clients.Ec2.Model;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2;

/// <summary><see cref="IEc2Api"/> over Flywheel's wire client (ec2 protocol).</summary>
internal sealed class Ec2Api(AwsWireClient wire, AwsCallScope scope) : IEc2Api
{
    public const string ServiceKey = "ec2";

    private readonly ServiceInvoker _invoker = new(wire, ServiceModel.Load(ServiceKey), scope);

    public Task<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeSecurityGroups", request, Ec2JsonContext.Default.DescribeSecurityGroupsRequest, Ec2JsonContext.Default.DescribeSecurityGroupsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeSecurityGroupsResponse>> DescribeSecurityGroupsPagesAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeSecurityGroups", request, Ec2JsonContext.Default.DescribeSecurityGroupsRequest, Ec2JsonContext.Default.DescribeSecurityGroupsResponse, cancellationToken);

    public Task<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeSubnets", request, Ec2JsonContext.Default.DescribeSubnetsRequest, Ec2JsonContext.Default.DescribeSubnetsResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeSubnetsResponse>> DescribeSubnetsPagesAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeSubnets", request, Ec2JsonContext.Default.DescribeSubnetsRequest, Ec2JsonContext.Default.DescribeSubnetsResponse, cancellationToken);

    public Task<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeRouteTables", request, Ec2JsonContext.Default.DescribeRouteTablesRequest, Ec2JsonContext.Default.DescribeRouteTablesResponse, cancellationToken);

    public IAsyncEnumerable<AwsResult<DescribeRouteTablesResponse>> DescribeRouteTablesPagesAsync(DescribeRouteTablesRequest request, CancellationToken cancellationToken) =>
        _invoker.PagesAsync("DescribeRouteTables", request, Ec2JsonContext.Default.DescribeRouteTablesRequest, Ec2JsonContext.Default.DescribeRouteTablesResponse, cancellationToken);

    public Task<AwsResult<DescribeRegionsResponse>> DescribeRegionsAsync(DescribeRegionsRequest request, CancellationToken cancellationToken) =>
        _invoker.InvokeAsync("DescribeRegions", request, Ec2JsonContext.Default.DescribeRegionsRequest, Ec2JsonContext.Default.DescribeRegionsResponse, cancellationToken);
}
