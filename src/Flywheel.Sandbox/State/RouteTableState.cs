namespace Flywheel.Sandbox.State;

/// <summary>A route table with its subnet associations (or the VPC's main association).</summary>
internal sealed record RouteTableState(string RouteTableId, string VpcId, string OwnerId, bool IsMain, IReadOnlyList<string> SubnetIds, IReadOnlyList<RouteState> Routes);
