using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>GetTrailStatusRequest</c> (request); members as named in the service model.</summary>
[AwsShape("cloudtrail", "GetTrailStatusRequest")]
internal sealed record GetTrailStatusRequest
{
    public string? Name { get; init; }
}
