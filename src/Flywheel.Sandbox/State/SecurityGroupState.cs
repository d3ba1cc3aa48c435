namespace Flywheel.Sandbox.State;

/// <summary>An EC2 (VPC) security group with its inbound and outbound permissions.</summary>
internal sealed class SecurityGroupState
{
    public required string GroupId { get; init; }

    public required string GroupName { get; init; }

    public string Description { get; init; } = "";

    public required string VpcId { get; init; }

    public required string OwnerId { get; init; }

    public required string Arn { get; init; }

    public List<IpPermissionState> Ingress { get; init; } = [];

    public List<IpPermissionState> Egress { get; init; } = [];

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];
}
