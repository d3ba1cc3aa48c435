using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeSecurityGroupsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeSecurityGroupsRequest")]
internal sealed record DescribeSecurityGroupsRequest
{
    public IReadOnlyList<string>? GroupIds { get; init; }

    public IReadOnlyList<string>? GroupNames { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }

    public bool? DryRun { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }
}
