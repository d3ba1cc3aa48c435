using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>ListDetectorsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("guardduty", "ListDetectorsRequest")]
internal sealed record ListDetectorsRequest
{
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
