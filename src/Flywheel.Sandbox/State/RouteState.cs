namespace Flywheel.Sandbox.State;

/// <summary>A route: a destination CIDR to a gateway (local, igw-…, nat-…).</summary>
internal sealed record RouteState(string DestinationCidrBlock, string? GatewayId, string? NatGatewayId);
