namespace Flywheel.Core.Inventory;

/// <summary>An EC2 (VPC) security group with its inbound rules.</summary>
public sealed record SecurityGroup : AwsResource
{
    public override string ResourceType => "AWS::EC2::SecurityGroup";

    public override string Name => GroupId;

    public required string GroupId { get; init; }

    public string? GroupName { get; init; }

    public string? VpcId { get; init; }

    public IReadOnlyList<SecurityGroupRule> Ingress { get; init; } = [];
}
