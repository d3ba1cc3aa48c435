using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>RouteTableAssociation</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "RouteTableAssociation")]
internal sealed record RouteTableAssociation
{
    public bool? Main { get; init; }

    public string? RouteTableAssociationId { get; init; }

    public string? RouteTableId { get; init; }

    public string? SubnetId { get; init; }

    public string? GatewayId { get; init; }

    public string? PublicIpv4Pool { get; init; }
}
