using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>DescribeTrailsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("cloudtrail", "DescribeTrailsRequest")]
internal sealed record DescribeTrailsRequest
{
    public IReadOnlyList<string>? trailNameList { get; init; }

    public bool? includeShadowTrails { get; init; }
}
