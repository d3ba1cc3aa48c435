using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeRouteTablesResult</c> (response); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeRouteTablesResult")]
internal sealed record DescribeRouteTablesResponse
{
    public IReadOnlyList<RouteTable>? RouteTables { get; init; }

    public string? NextToken { get; init; }
}
