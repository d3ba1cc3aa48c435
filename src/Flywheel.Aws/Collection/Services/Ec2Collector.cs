using Flywheel.Aws.Clients.Ec2;
using Flywheel.Aws.Clients.Ec2.Model;

namespace Flywheel.Aws.Collection.Services;

/// <summary>EC2 network facts the reachability rules need: security groups, subnets and route tables.</summary>
internal sealed class Ec2Collector : IServiceCollector
{
    private const string Service = "ec2";

    public Task CollectAsync(RegionExport export, RegionApis apis, CancellationToken cancellationToken)
    {
        var ec2 = apis.Ec2;
        var json = Ec2JsonContext.Default;
        return Task.WhenAll(
            export.ListAsync(Service, "describe-security-groups", ec2.DescribeSecurityGroupsPagesAsync(new(), cancellationToken), r => r.SecurityGroups, l => new DescribeSecurityGroupsResponse { SecurityGroups = l }, json.DescribeSecurityGroupsResponse, cancellationToken),
            export.ListAsync(Service, "describe-subnets", ec2.DescribeSubnetsPagesAsync(new(), cancellationToken), r => r.Subnets, l => new DescribeSubnetsResponse { Subnets = l }, json.DescribeSubnetsResponse, cancellationToken),
            export.ListAsync(Service, "describe-route-tables", ec2.DescribeRouteTablesPagesAsync(new(), cancellationToken), r => r.RouteTables, l => new DescribeRouteTablesResponse { RouteTables = l }, json.DescribeRouteTablesResponse, cancellationToken));
    }
}
