using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>GetEventSelectorsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("cloudtrail", "GetEventSelectorsResponse")]
internal sealed record GetEventSelectorsResponse
{
    public string? TrailARN { get; init; }

    public IReadOnlyList<EventSelector>? EventSelectors { get; init; }

    public IReadOnlyList<AdvancedEventSelector>? AdvancedEventSelectors { get; init; }
}
