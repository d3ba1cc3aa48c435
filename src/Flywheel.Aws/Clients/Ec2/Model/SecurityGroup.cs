using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>SecurityGroup</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "SecurityGroup")]
internal sealed record SecurityGroup
{
    public string? GroupId { get; init; }

    public IReadOnlyList<IpPermission>? IpPermissionsEgress { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? VpcId { get; init; }

    public string? SecurityGroupArn { get; init; }

    public string? OwnerId { get; init; }

    public string? GroupName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<IpPermission>? IpPermissions { get; init; }
}
