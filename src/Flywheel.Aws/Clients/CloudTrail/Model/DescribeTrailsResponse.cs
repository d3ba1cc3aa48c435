using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>DescribeTrailsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("cloudtrail", "DescribeTrailsResponse")]
internal sealed record DescribeTrailsResponse
{
    public IReadOnlyList<Trail>? trailList { get; init; }
}
