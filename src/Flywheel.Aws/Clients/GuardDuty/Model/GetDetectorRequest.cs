using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>GetDetectorRequest</c> (request); members as named in the service model.</summary>
[AwsShape("guardduty", "GetDetectorRequest")]
internal sealed record GetDetectorRequest
{
    public string? DetectorId { get; init; }
}
