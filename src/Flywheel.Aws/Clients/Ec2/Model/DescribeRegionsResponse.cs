using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeRegionsResult</c> (response); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeRegionsResult")]
internal sealed record DescribeRegionsResponse
{
    public IReadOnlyList<Region>? Regions { get; init; }
}
