namespace Flywheel.Core.Inventory;

/// <summary>A VPC subnet.</summary>
public sealed record Subnet : AwsResource
{
    public override string ResourceType => "AWS::EC2::Subnet";

    public override string Name => SubnetId;

    public required string SubnetId { get; init; }

    public string? VpcId { get; init; }

    public string? AvailabilityZone { get; init; }

    public string? CidrBlock { get; init; }

    public bool? MapPublicIpOnLaunch { get; init; }
}
