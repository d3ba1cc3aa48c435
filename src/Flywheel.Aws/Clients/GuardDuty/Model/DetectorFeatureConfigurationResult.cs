using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>DetectorFeatureConfigurationResult</c> (nested shape); members as named in the service model.</summary>
[AwsShape("guardduty", "DetectorFeatureConfigurationResult")]
internal sealed record DetectorFeatureConfigurationResult
{
    public string? Name { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public IReadOnlyList<DetectorAdditionalConfigurationResult>? AdditionalConfiguration { get; init; }
}
