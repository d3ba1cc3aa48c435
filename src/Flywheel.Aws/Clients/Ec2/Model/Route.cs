using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Route</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Route")]
internal sealed record Route
{
    public string? DestinationCidrBlock { get; init; }

    public string? DestinationIpv6CidrBlock { get; init; }

    public string? DestinationPrefixListId { get; init; }

    public string? EgressOnlyInternetGatewayId { get; init; }

    public string? GatewayId { get; init; }

    public string? InstanceId { get; init; }

    public string? InstanceOwnerId { get; init; }

    public string? NatGatewayId { get; init; }

    public string? TransitGatewayId { get; init; }

    public string? LocalGatewayId { get; init; }

    public string? CarrierGatewayId { get; init; }

    public string? NetworkInterfaceId { get; init; }

    public string? Origin { get; init; }

    public string? State { get; init; }

    public string? VpcPeeringConnectionId { get; init; }

    public string? CoreNetworkArn { get; init; }

    public string? OdbNetworkArn { get; init; }

    public string? IpAddress { get; init; }
}
