namespace Flywheel.Core.Inventory;

/// <summary>
/// One inbound permission. Protocol "-1" means all traffic (ports then do not apply); FromPort/ToPort are null for it.
/// </summary>
public sealed record SecurityGroupRule
{
    public required string IpProtocol { get; init; }

    public int? FromPort { get; init; }

    public int? ToPort { get; init; }

    public IReadOnlyList<string> Ipv4Ranges { get; init; } = [];

    public IReadOnlyList<string> Ipv6Ranges { get; init; } = [];

    public IReadOnlyList<string> ReferencedGroupIds { get; init; } = [];

    public IReadOnlyList<string> PrefixListIds { get; init; } = [];

    /// <summary>True when the rule admits the given TCP port.</summary>
    public bool CoversTcpPort(int port)
    {
        if (IpProtocol is "-1" or "all")
        {
            return true;
        }

        if (IpProtocol is not ("tcp" or "6"))
        {
            return false;
        }

        return (FromPort ?? 0) <= port && port <= (ToPort ?? 65535);
    }
}
