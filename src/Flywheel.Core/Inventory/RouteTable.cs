namespace Flywheel.Core.Inventory;

/// <summary>A VPC route table with its subnet associations and routes.</summary>
public sealed record RouteTable : AwsResource
{
    public override string ResourceType => "AWS::EC2::RouteTable";

    public override string Name => RouteTableId;

    public required string RouteTableId { get; init; }

    public string? VpcId { get; init; }

    /// <summary>True when this is the VPC's main table (used by subnets without an explicit association).</summary>
    public bool IsMain { get; init; }

    public IReadOnlyList<string> AssociatedSubnetIds { get; init; } = [];

    public IReadOnlyList<Route> Routes { get; init; } = [];
}
