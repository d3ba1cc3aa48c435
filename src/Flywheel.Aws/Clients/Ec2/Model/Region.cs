using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Region</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Region")]
internal sealed record Region
{
    public string? OptInStatus { get; init; }

    public string? RegionName { get; init; }

    public string? Endpoint { get; init; }
}
