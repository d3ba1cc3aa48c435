using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>GetEventSelectorsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("cloudtrail", "GetEventSelectorsRequest")]
internal sealed record GetEventSelectorsRequest
{
    public string? TrailName { get; init; }
}
