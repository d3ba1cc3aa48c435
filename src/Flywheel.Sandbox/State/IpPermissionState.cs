namespace Flywheel.Sandbox.State;

/// <summary>One permission of a security group: protocol and port range, with its IPv4/IPv6 ranges and source groups.</summary>
internal sealed class IpPermissionState
{
    public required string IpProtocol { get; init; }

    public int? FromPort { get; init; }

    public int? ToPort { get; init; }

    public List<string> IpRanges { get; init; } = [];

    public List<string> Ipv6Ranges { get; init; } = [];

    public List<string> SourceGroupIds { get; init; } = [];

    public bool IsEmpty => IpRanges.Count == 0 && Ipv6Ranges.Count == 0 && SourceGroupIds.Count == 0;
}
