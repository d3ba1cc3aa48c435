using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Subnet</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Subnet")]
internal sealed record Subnet
{
    public string? AvailabilityZoneId { get; init; }

    public int? EnableLniAtDeviceIndex { get; init; }

    public bool? MapCustomerOwnedIpOnLaunch { get; init; }

    public string? CustomerOwnedIpv4Pool { get; init; }

    public string? OwnerId { get; init; }

    public bool? AssignIpv6AddressOnCreation { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? SubnetArn { get; init; }

    public string? OutpostArn { get; init; }

    public bool? EnableDns64 { get; init; }

    public bool? Ipv6Native { get; init; }

    public string? Type { get; init; }

    public string? SubnetId { get; init; }

    public string? State { get; init; }

    public string? VpcId { get; init; }

    public string? CidrBlock { get; init; }

    public int? AvailableIpAddressCount { get; init; }

    public string? AvailabilityZone { get; init; }

    public bool? DefaultForAz { get; init; }

    public bool? MapPublicIpOnLaunch { get; init; }
}
