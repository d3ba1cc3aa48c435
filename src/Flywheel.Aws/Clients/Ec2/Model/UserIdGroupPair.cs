using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>UserIdGroupPair</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "UserIdGroupPair")]
internal sealed record UserIdGroupPair
{
    public string? Description { get; init; }

    public string? UserId { get; init; }

    public string? GroupName { get; init; }

    public string? GroupId { get; init; }

    public string? VpcId { get; init; }

    public string? VpcPeeringConnectionId { get; init; }

    public string? PeeringStatus { get; init; }
}
