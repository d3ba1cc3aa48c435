using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeRegionsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeRegionsRequest")]
internal sealed record DescribeRegionsRequest
{
    public IReadOnlyList<string>? RegionNames { get; init; }

    public bool? AllRegions { get; init; }

    public bool? DryRun { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }
}
