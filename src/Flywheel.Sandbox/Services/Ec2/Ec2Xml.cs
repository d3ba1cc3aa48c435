using System.Xml.Linq;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Ec2;

/// <summary>EC2 resources as the ec2 protocol writes them: lower-camel names, lists of <c>item</c>.</summary>
internal static class Ec2Xml
{
    public static string NormalizeProtocol(string protocol) => protocol.ToLowerInvariant() switch
    {
        "6" => "tcp",
        "17" => "udp",
        "1" => "icmp",
        "all" => "-1",
        var other => other,
    };

    public static XElement SecurityGroup(SecurityGroupState g) =>
        new("item",
            new XElement("ownerId", g.OwnerId),
            new XElement("groupId", g.GroupId),
            new XElement("groupName", g.GroupName),
            new XElement("groupDescription", g.Description),
            new XElement("vpcId", g.VpcId),
            new XElement("securityGroupArn", g.Arn),
            Xml.List("ipPermissions", g.Ingress.Select(Permission)),
            Xml.List("ipPermissionsEgress", g.Egress.Select(Permission)),
            Tags(g.Tags));

    public static XElement Permission(IpPermissionState p) =>
        new("item",
            new XElement("ipProtocol", p.IpProtocol),
            p.IpProtocol == "-1" ? null : Xml.Opt("fromPort", p.FromPort),
            p.IpProtocol == "-1" ? null : Xml.Opt("toPort", p.ToPort),
            Xml.List("groups", p.SourceGroupIds.Select(id => new XElement("item", new XElement("groupId", id)))),
            Xml.List("ipRanges", p.IpRanges.Select(c => new XElement("item", new XElement("cidrIp", c)))),
            Xml.List("ipv6Ranges", p.Ipv6Ranges.Select(c => new XElement("item", new XElement("cidrIpv6", c)))),
            new XElement("prefixListIds"));

    public static XElement Subnet(SubnetState s) =>
        new("item",
            new XElement("subnetId", s.SubnetId),
            new XElement("subnetArn", s.Arn),
            new XElement("state", "available"),
            new XElement("vpcId", s.VpcId),
            new XElement("ownerId", s.OwnerId),
            new XElement("cidrBlock", s.CidrBlock),
            new XElement("ipv6CidrBlockAssociationSet"),
            new XElement("availableIpAddressCount", "250"),
            new XElement("availabilityZone", s.AvailabilityZone),
            new XElement("defaultForAz", "false"),
            new XElement("mapPublicIpOnLaunch", s.MapPublicIpOnLaunch ? "true" : "false"),
            new XElement("assignIpv6AddressOnCreation", "false"),
            new XElement("tagSet"));

    public static XElement RouteTable(RouteTableState t) =>
        new("item",
            new XElement("routeTableId", t.RouteTableId),
            new XElement("vpcId", t.VpcId),
            new XElement("ownerId", t.OwnerId),
            Xml.List("routeSet", t.Routes.Select(r => new XElement("item",
                new XElement("destinationCidrBlock", r.DestinationCidrBlock),
                Xml.Opt("gatewayId", r.GatewayId),
                Xml.Opt("natGatewayId", r.NatGatewayId),
                new XElement("state", "active"),
                new XElement("origin", r.GatewayId == "local" ? "CreateRouteTable" : "CreateRoute")))),
            Xml.List("associationSet", t.IsMain
                ? [Association(t, null)]
                : t.SubnetIds.Select(s => Association(t, s))),
            new XElement("propagatingVgwSet"),
            new XElement("tagSet"));

    private static XElement Association(RouteTableState t, string? subnetId) =>
        new("item",
            new XElement("routeTableAssociationId", "rtbassoc-" + t.RouteTableId[4..] + (subnetId is null ? "" : subnetId[^4..])),
            new XElement("routeTableId", t.RouteTableId),
            Xml.Opt("subnetId", subnetId),
            new XElement("main", subnetId is null ? "true" : "false"),
            new XElement("associationState", new XElement("state", "associated")));

    private static XElement Tags(IEnumerable<KeyValuePair<string, string>> tags) =>
        Xml.List("tagSet", tags.Select(t => new XElement("item", new XElement("key", t.Key), new XElement("value", t.Value))));
}
