using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Generation;

/// <summary>One VPC per region: two private subnets behind a NAT, one public subnet, and the security groups.</summary>
internal sealed partial class EstateGenerator
{
    private static readonly string[] Zones = ["a", "b", "c"];

    private GeneratedNetwork GenerateNetwork(RegionState state, int regionIndex)
    {
        var account = state.AccountId;
        var vpcId = Ids.HexId("vpc-");
        var subnets = new List<SubnetState>();
        foreach (var (zone, index) in Zones.Select((z, i) => (z, i)))
        {
            var subnetId = Ids.HexId("subnet-");
            subnets.Add(new SubnetState(subnetId, vpcId, $"10.{regionIndex}.{index}.0/24", state.Region + zone, MapPublicIpOnLaunch: index == 2, account, state.Arn("ec2", "subnet/" + subnetId)));
        }

        state.Subnets.AddRange(subnets);
        var igw = Ids.HexId("igw-");
        var nat = Ids.HexId("nat-");
        var local = new RouteState($"10.{regionIndex}.0.0/16", "local", null);
        state.RouteTables.Add(new RouteTableState(Ids.HexId("rtb-"), vpcId, account, IsMain: true, [], [local]));
        state.RouteTables.Add(new RouteTableState(Ids.HexId("rtb-"), vpcId, account, IsMain: false, [subnets[0].SubnetId, subnets[1].SubnetId], [local, new RouteState("0.0.0.0/0", null, nat)]));
        state.RouteTables.Add(new RouteTableState(Ids.HexId("rtb-"), vpcId, account, IsMain: false, [subnets[2].SubnetId], [local, new RouteState("0.0.0.0/0", igw, null)]));

        var defaultGroup = Ids.HexId("sg-");
        state.SecurityGroups[defaultGroup] = new SecurityGroupState
        {
            GroupId = defaultGroup,
            GroupName = "default",
            Description = "default VPC security group",
            VpcId = vpcId,
            OwnerId = account,
            Arn = state.Arn("ec2", "security-group/" + defaultGroup),
            Ingress = [new IpPermissionState { IpProtocol = "-1", SourceGroupIds = [defaultGroup] }],
            Egress = [AllOut()],
        };

        var groups = new List<string>();
        for (var g = 0; g < spec.SecurityGroupsPerRegion; g++)
        {
            var team = Pick(spec.Teams);
            var groupId = Ids.HexId("sg-");
            var port = g % 2 == 0 ? 5432 : 3306;
            state.SecurityGroups[groupId] = new SecurityGroupState
            {
                GroupId = groupId,
                GroupName = $"{team}-db-{g + 1}",
                Description = $"Database access for {team}",
                VpcId = vpcId,
                OwnerId = account,
                Arn = state.Arn("ec2", "security-group/" + groupId),
                Ingress =
                [
                    new IpPermissionState
                    {
                        IpProtocol = "tcp",
                        FromPort = port,
                        ToPort = port,
                        IpRanges = Misconfigured("open-ingress") ? [$"10.{regionIndex}.0.0/16", "0.0.0.0/0"] : [$"10.{regionIndex}.0.0/16"],
                    },
                ],
                Egress = [AllOut()],
                Tags = OwnerTags(team),
            };
            groups.Add(groupId);
        }

        return new GeneratedNetwork(vpcId, subnets, groups.Count > 0 ? groups : [defaultGroup]);
    }

    private static IpPermissionState AllOut() => new() { IpProtocol = "-1", IpRanges = ["0.0.0.0/0"] };
}
