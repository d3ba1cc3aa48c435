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
            export.ListAsync(Service, "describe-security-groups", null, ec2.RawPagesAsync("DescribeSecurityGroups", new DescribeSecurityGroupsRequest(), json.DescribeSecurityGroupsRequest, cancellationToken), "SecurityGroups", cancellationToken),
            export.ListAsync(Service, "describe-subnets", null, ec2.RawPagesAsync("DescribeSubnets", new DescribeSubnetsRequest(), json.DescribeSubnetsRequest, cancellationToken), "Subnets", cancellationToken),
            export.ListAsync(Service, "describe-route-tables", null, ec2.RawPagesAsync("DescribeRouteTables", new DescribeRouteTablesRequest(), json.DescribeRouteTablesRequest, cancellationToken), "RouteTables", cancellationToken));
    }
}
