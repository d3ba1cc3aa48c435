namespace Flywheel.Core.Inventory;

/// <summary>One route: a destination and its target (gateway, NAT gateway, …). State is active or blackhole.</summary>
public sealed record Route(string? DestinationCidrBlock, string? DestinationIpv6CidrBlock, string? GatewayId, string? NatGatewayId, string? State)
{
    /// <summary>True for a default route (IPv4 or IPv6) to an internet gateway that is not a blackhole.</summary>
    public bool IsDefaultRouteToInternetGateway =>
        (DestinationCidrBlock == "0.0.0.0/0" || DestinationIpv6CidrBlock == "::/0")
        && GatewayId is not null
        && GatewayId.StartsWith("igw-", StringComparison.Ordinal)
        && !string.Equals(State, "blackhole", StringComparison.Ordinal);
}
