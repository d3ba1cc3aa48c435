using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeSecurityGroupsResult</c> (response); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeSecurityGroupsResult")]
internal sealed record DescribeSecurityGroupsResponse
{
    public string? NextToken { get; init; }

    public IReadOnlyList<SecurityGroup>? SecurityGroups { get; init; }
}
