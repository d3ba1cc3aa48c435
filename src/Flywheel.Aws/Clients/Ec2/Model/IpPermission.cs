using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>IpPermission</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "IpPermission")]
internal sealed record IpPermission
{
    public string? IpProtocol { get; init; }

    public int? FromPort { get; init; }

    public int? ToPort { get; init; }

    public IReadOnlyList<UserIdGroupPair>? UserIdGroupPairs { get; init; }

    public IReadOnlyList<IpRange>? IpRanges { get; init; }

    public IReadOnlyList<Ipv6Range>? Ipv6Ranges { get; init; }

    public IReadOnlyList<PrefixListId>? PrefixListIds { get; init; }
}
