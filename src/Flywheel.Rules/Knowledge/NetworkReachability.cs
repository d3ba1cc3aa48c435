using System.Globalization;
using Flywheel.Core.Inventory;
using Flywheel.Core.Rules;

namespace Flywheel.Rules.Knowledge;

/// <summary>
/// Whether a database endpoint can be reached from the internet. The PubliclyAccessible flag only gives the
/// endpoint a public address; a connection also needs a security group that admits the port from anywhere and a
/// subnet whose route table sends the default route to an internet gateway. Either closed factor is proof enough;
/// a factor whose data is missing is unknown, never closed.
/// </summary>
internal static class NetworkReachability
{
    public const string AnyIpv4 = "0.0.0.0/0";
    public const string AnyIpv6 = "::/0";

    /// <summary>True when the rule admits traffic from any IPv4 or IPv6 address.</summary>
    public static bool AdmitsWorld(SecurityGroupRule rule) =>
        rule.Ipv4Ranges.Contains(AnyIpv4, StringComparer.Ordinal) || rule.Ipv6Ranges.Contains(AnyIpv6, StringComparer.Ordinal);

    /// <summary>"tcp 5432 from 0.0.0.0/0", "all traffic from 0.0.0.0/0, ::/0", "udp 0-65535 from ::/0".</summary>
    public static string Describe(SecurityGroupRule rule)
    {
        var sources = string.Join(", ", rule.Ipv4Ranges.Where(r => r == AnyIpv4).Concat(rule.Ipv6Ranges.Where(r => r == AnyIpv6)));
        if (rule.IpProtocol is "-1" or "all")
        {
            return $"all traffic from {sources}";
        }

        var from = rule.FromPort ?? 0;
        var to = rule.ToPort ?? 65535;
        var ports = from == to ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}-{to}");
        return $"{rule.IpProtocol} {ports} from {sources}";
    }

    /// <summary>
    /// Judges both factors. <paramref name="subnetIds"/> null means the subnets are not known, for the reason given.
    /// </summary>
    public static NetworkExposure Assess(RuleContext context, AwsResource resource, int port, IReadOnlyList<string> securityGroupIds, IReadOnlyList<string>? subnetIds, string? subnetsUnknownReason = null) =>
        new(AssessSecurityGroups(context, resource, port, securityGroupIds),
            subnetIds is null
                ? new ExposureFactor(ExposureState.Unknown, subnetsUnknownReason ?? "the subnets are not known")
                : AssessSubnets(context, resource, subnetIds));

    /// <summary>
    /// The verdict for an endpoint whose PubliclyAccessible flag is true. <paramref name="noun"/> names it in reasons
    /// ("instance", "cluster").
    /// </summary>
    public static RuleResult Judge(NetworkExposure exposure, string noun, bool publicFlagAloneFails, Evidence[] evidence)
    {
        if (exposure.IsReachable)
        {
            return RuleResult.Fail($"reachable from the internet: PubliclyAccessible is true, {exposure.SecurityGroups.Description}, and {exposure.Subnets.Description}", evidence);
        }

        var closing = string.Join("; ", exposure.Closing.Select(f => f.Description));
        var unknown = string.Join("; ", exposure.Unknown.Select(f => f.Description));
        if (publicFlagAloneFails)
        {
            var detail = closing.Length > 0 ? $"not currently reachable: {closing}" : $"reachability unknown: {unknown}";
            return RuleResult.Fail($"PubliclyAccessible is true (publicFlagAloneFails is set); {detail}", evidence);
        }

        return closing.Length > 0
            ? RuleResult.Pass($"PubliclyAccessible is true but the {noun} is not reachable from the internet: {closing}", evidence)
            : RuleResult.Error($"PubliclyAccessible is true and whether the {noun} is reachable from the internet cannot be determined: {unknown}", evidence);
    }

    private static ExposureFactor AssessSecurityGroups(RuleContext context, AwsResource resource, int port, IReadOnlyList<string> groupIds)
    {
        if (groupIds.Count == 0)
        {
            return new ExposureFactor(ExposureState.Unknown, "VpcSecurityGroupIds was not collected");
        }

        var gap = context.NotCollected(resource, Dataset.Ec2SecurityGroups);
        var open = new List<string>();
        var missing = new List<string>();
        foreach (var groupId in groupIds)
        {
            var group = context.Inventory.FindSecurityGroup(resource.AccountId, resource.Region, groupId);
            if (group is null)
            {
                missing.Add(gap?.Reason ?? $"security group {groupId} is not in the inventory");
                continue;
            }

            open.AddRange(group.Ingress.Where(r => AdmitsWorld(r) && r.CoversTcpPort(port)).Select(r => $"security group {groupId} admits {Describe(r)}"));
        }

        var ports = port.ToString(CultureInfo.InvariantCulture);
        if (open.Count > 0)
        {
            return new ExposureFactor(ExposureState.Open, string.Join(", ", open));
        }

        return missing.Count > 0
            ? new ExposureFactor(ExposureState.Unknown, string.Join("; ", missing.Distinct(StringComparer.Ordinal)))
            : new ExposureFactor(ExposureState.Closed, $"no attached security group ({string.Join(", ", groupIds)}) admits port {ports} from {AnyIpv4} or {AnyIpv6}");
    }

    private static ExposureFactor AssessSubnets(RuleContext context, AwsResource resource, IReadOnlyList<string> subnetIds)
    {
        if (subnetIds.Count == 0)
        {
            return new ExposureFactor(ExposureState.Unknown, "SubnetIds was not collected");
        }

        var tablesGap = context.NotCollected(resource, Dataset.Ec2RouteTables);
        var subnetsGap = context.NotCollected(resource, Dataset.Ec2Subnets);
        var open = new List<string>();
        var closed = new List<string>();
        var missing = new List<string>();
        foreach (var subnetId in subnetIds)
        {
            var table = context.Inventory.FindRouteTableForSubnet(resource.AccountId, resource.Region, subnetId);
            if (table is null)
            {
                var subnet = context.Inventory.FindSubnet(resource.AccountId, resource.Region, subnetId);
                missing.Add(tablesGap?.Reason
                    ?? (subnet is null
                        ? subnetsGap?.Reason ?? $"subnet {subnetId} is not in the inventory"
                        : $"no route table found for subnet {subnetId} (no explicit association and no main route table for {subnet.VpcId ?? "its VPC"})"));
                continue;
            }

            var route = table.Routes.FirstOrDefault(r => r.IsDefaultRouteToInternetGateway);
            if (route is null)
            {
                closed.Add($"{subnetId} via {table.RouteTableId}");
            }
            else
            {
                open.Add($"subnet {subnetId} is public (route table {table.RouteTableId} sends {route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock} to {route.GatewayId})");
            }
        }

        if (open.Count > 0)
        {
            return new ExposureFactor(ExposureState.Open, string.Join(", ", open));
        }

        return missing.Count > 0
            ? new ExposureFactor(ExposureState.Unknown, string.Join("; ", missing.Distinct(StringComparer.Ordinal)))
            : new ExposureFactor(ExposureState.Closed, $"no subnet has a default route to an internet gateway ({string.Join(", ", closed)})");
    }
}
