using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>ListDetectorsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("guardduty", "ListDetectorsResponse")]
internal sealed record ListDetectorsResponse
{
    public IReadOnlyList<string>? DetectorIds { get; init; }

    public string? NextToken { get; init; }
}
