using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>Security groups, subnets and route tables: what decides whether a database is reachable.</summary>
internal sealed class Ec2ExportReader : IExportServiceReader
{
    private const string Service = "ec2";

    public void Read(ExportRegion region)
    {
        region.ReadList(Service, "describe-security-groups", Dataset.Ec2SecurityGroups, root =>
            region.Resources.AddRange(Objects(root, "SecurityGroups").Select(g =>
            {
                var id = RequiredStr(g, "GroupId", "each SecurityGroups[] entry");
                return new SecurityGroup
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(g, "SecurityGroupArn") ?? region.Arn(Service, "security-group/" + id),
                    Tags = Tags(g, "Tags"),
                    GroupId = id,
                    GroupName = Str(g, "GroupName"),
                    VpcId = Str(g, "VpcId"),
                    Ingress = Objects(g, "IpPermissions").Select(MapPermission).ToArray(),
                };
            })));

        region.ReadList(Service, "describe-subnets", Dataset.Ec2Subnets, root =>
            region.Resources.AddRange(Objects(root, "Subnets").Select(s =>
            {
                var id = RequiredStr(s, "SubnetId", "each Subnets[] entry");
                return new Subnet
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = Str(s, "SubnetArn") ?? region.Arn(Service, "subnet/" + id),
                    Tags = Tags(s, "Tags"),
                    SubnetId = id,
                    VpcId = Str(s, "VpcId"),
                    AvailabilityZone = Str(s, "AvailabilityZone"),
                    CidrBlock = Str(s, "CidrBlock"),
                    MapPublicIpOnLaunch = Bool(s, "MapPublicIpOnLaunch"),
                };
            })));

        region.ReadList(Service, "describe-route-tables", Dataset.Ec2RouteTables, root =>
            region.Resources.AddRange(Objects(root, "RouteTables").Select(t =>
            {
                var id = RequiredStr(t, "RouteTableId", "each RouteTables[] entry");
                var associations = Objects(t, "Associations").ToArray();
                return new RouteTable
                {
                    AccountId = region.AccountId,
                    Region = region.Region,
                    Arn = region.Arn(Service, "route-table/" + id),
                    Tags = Tags(t, "Tags"),
                    RouteTableId = id,
                    VpcId = Str(t, "VpcId"),
                    IsMain = associations.Any(a => Bool(a, "Main") == true),
                    AssociatedSubnetIds = associations.Select(a => Str(a, "SubnetId")).OfType<string>().ToArray(),
                    Routes = Objects(t, "Routes").Select(r => new Route(
                        Str(r, "DestinationCidrBlock"),
                        Str(r, "DestinationIpv6CidrBlock"),
                        Str(r, "GatewayId"),
                        Str(r, "NatGatewayId"),
                        Str(r, "State"))).ToArray(),
                };
            })));
    }

    private static SecurityGroupRule MapPermission(JsonElement p) => new()
    {
        IpProtocol = Str(p, "IpProtocol") ?? "-1",
        FromPort = Int(p, "FromPort"),
        ToPort = Int(p, "ToPort"),
        Ipv4Ranges = Objects(p, "IpRanges").Select(r => Str(r, "CidrIp")).OfType<string>().ToArray(),
        Ipv6Ranges = Objects(p, "Ipv6Ranges").Select(r => Str(r, "CidrIpv6")).OfType<string>().ToArray(),
        ReferencedGroupIds = Objects(p, "UserIdGroupPairs").Select(r => Str(r, "GroupId")).OfType<string>().ToArray(),
        PrefixListIds = Objects(p, "PrefixListIds").Select(r => Str(r, "PrefixListId")).OfType<string>().ToArray(),
    };
}
