using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>GetDetectorResponse</c> (response); members as named in the service model.</summary>
[AwsShape("guardduty", "GetDetectorResponse")]
internal sealed record GetDetectorResponse
{
    public string? CreatedAt { get; init; }

    public string? FindingPublishingFrequency { get; init; }

    public string? ServiceRole { get; init; }

    public string? Status { get; init; }

    public string? UpdatedAt { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public IReadOnlyList<DetectorFeatureConfigurationResult>? Features { get; init; }
}
