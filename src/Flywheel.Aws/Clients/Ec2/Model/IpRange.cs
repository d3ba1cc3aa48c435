using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>IpRange</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "IpRange")]
internal sealed record IpRange
{
    public string? Description { get; init; }

    public string? CidrIp { get; init; }
}
