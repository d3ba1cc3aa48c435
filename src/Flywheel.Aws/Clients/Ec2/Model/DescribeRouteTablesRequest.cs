using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeRouteTablesRequest</c> (request); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeRouteTablesRequest")]
internal sealed record DescribeRouteTablesRequest
{
    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }

    public bool? DryRun { get; init; }

    public IReadOnlyList<string>? RouteTableIds { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }
}
