using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>DescribeSubnetsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("ec2", "DescribeSubnetsRequest")]
internal sealed record DescribeSubnetsRequest
{
    public IReadOnlyList<Filter>? Filters { get; init; }

    public IReadOnlyList<string>? SubnetIds { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }

    public bool? DryRun { get; init; }
}
