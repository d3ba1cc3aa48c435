using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.GuardDuty.Model;

/// <summary>guardduty <c>DetectorAdditionalConfigurationResult</c> (nested shape); members as named in the service model.</summary>
[AwsShape("guardduty", "DetectorAdditionalConfigurationResult")]
internal sealed record DetectorAdditionalConfigurationResult
{
    public string? Name { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
