using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Ipv6Range</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Ipv6Range")]
internal sealed record Ipv6Range
{
    public string? Description { get; init; }

    public string? CidrIpv6 { get; init; }
}
