using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeSubnetsResult</c> (response); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeSubnetsResult")]
internal sealed record DescribeSubnetsResponse
{
    public string? NextToken { get; init; }

    public IReadOnlyList<Subnet>? Subnets { get; init; }
}
