using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsInstanceNoPublicAccess;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceNoPublicAccessTests
{
    private const string RuleId = "rds-instance-no-public-access";
    private const string Unreachable = "PubliclyAccessible is true but the instance is not reachable from the internet: ";
    private const string Unknown = "PubliclyAccessible is true and whether the instance is reachable from the internet cannot be determined: ";

    private static readonly SecurityGroupRule WorldPostgres = new() { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["0.0.0.0/0"] };

    private static DbInstance PublicInstance() => Some.Instance() with { PubliclyAccessible = true, SubnetIds = [Some.PublicSubnetId] };

    private static InventoryBuilder Estate(DbInstance instance, SecurityGroupRule? ingress = null, bool publicSubnet = true) =>
        new InventoryBuilder().With(
            instance,
            Some.SecurityGroup(ingress: ingress ?? WorldPostgres),
            Some.Subnet(Some.PublicSubnetId),
            Some.RouteTable("rtb-public", toInternetGateway: publicSubnet, [Some.PublicSubnetId]));

    [Fact]
    public void Evaluate_FlagFalse_Passes()
    {
        var instance = Some.Instance();

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("PubliclyAccessible is false");
    }

    [Fact]
    public void Evaluate_FlagOpenGroupAndPublicSubnet_FailsNamingAllThreeFactors()
    {
        var instance = PublicInstance();

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("reachable from the internet: PubliclyAccessible is true, security group sg-0db00000000000001 admits tcp 5432 from 0.0.0.0/0, and subnet subnet-public1 is public (route table rtb-public sends 0.0.0.0/0 to igw-0abc)");
    }

    [Fact]
    public void Evaluate_AllTrafficFromIpv6Anywhere_Fails()
    {
        var instance = PublicInstance();
        var allFromV6 = new SecurityGroupRule { IpProtocol = "-1", Ipv6Ranges = ["::/0"] };

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance, allFromV6).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("reachable from the internet: PubliclyAccessible is true, security group sg-0db00000000000001 admits all traffic from ::/0, and subnet subnet-public1 is public (route table rtb-public sends 0.0.0.0/0 to igw-0abc)");
    }

    [Fact]
    public void Evaluate_AuroraMemberReachable_IsEvaluatedAndFails()
    {
        var instance = PublicInstance() with { Engine = "aurora-postgresql", ClusterIdentifier = "cluster-1" };

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
    }

    [Fact]
    public void Evaluate_GroupAdmitsOtherPortOnly_PassesNamingTheGroups()
    {
        var instance = PublicInstance();
        var https = new SecurityGroupRule { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = ["0.0.0.0/0"] };

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance, https).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe(Unreachable + "no attached security group (sg-0db00000000000001) admits port 5432 from 0.0.0.0/0 or ::/0");
    }

    [Fact]
    public void Evaluate_PrivateSubnetViaMainTable_PassesNamingSubnetAndTable()
    {
        var instance = PublicInstance() with { SubnetIds = [Some.PrivateSubnetId] };
        var inventory = new InventoryBuilder().With(
            instance,
            Some.SecurityGroup(ingress: WorldPostgres),
            Some.Subnet(Some.PrivateSubnetId),
            Some.RouteTable("rtb-main", toInternetGateway: false, [], isMain: true)).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe(Unreachable + "no subnet has a default route to an internet gateway (subnet-private1 via rtb-main)");
    }

    [Fact]
    public void Evaluate_BlackholeDefaultRoute_IsNotPublic()
    {
        var instance = PublicInstance();
        var table = Some.RouteTable("rtb-public", toInternetGateway: false, [Some.PublicSubnetId]) with
        {
            Routes = [new Route("0.0.0.0/0", null, "igw-0abc", null, "blackhole")],
        };
        var inventory = new InventoryBuilder().With(instance, Some.SecurityGroup(ingress: WorldPostgres), Some.Subnet(Some.PublicSubnetId), table).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe(Unreachable + "no subnet has a default route to an internet gateway (subnet-public1 via rtb-public)");
    }

    [Fact]
    public void Evaluate_BothFactorsClosed_PassesNamingBoth()
    {
        var instance = PublicInstance();
        var internal10 = new SecurityGroupRule { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["10.0.0.0/8"] };

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance, internal10, publicSubnet: false).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe(Unreachable + "no attached security group (sg-0db00000000000001) admits port 5432 from 0.0.0.0/0 or ::/0; no subnet has a default route to an internet gateway (subnet-public1 via rtb-public)");
    }

    [Fact]
    public void Evaluate_PublicFlagAloneFailsSet_FailsEvenWhenClosed()
    {
        var instance = PublicInstance();

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance, publicSubnet: false).Build(), new RdsInstanceNoPublicAccessOptions { PublicFlagAloneFails = true });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("PubliclyAccessible is true (publicFlagAloneFails is set); not currently reachable: no subnet has a default route to an internet gateway (subnet-public1 via rtb-public)");
    }

    [Fact]
    public void Evaluate_SecurityGroupsNotCollected_IsErrorNamingTheGap()
    {
        var instance = PublicInstance();
        var inventory = new InventoryBuilder()
            .With(instance, Some.Subnet(Some.PublicSubnetId), Some.RouteTable("rtb-public", toInternetGateway: true, [Some.PublicSubnetId]))
            .Missing(Dataset.Ec2SecurityGroups, reason: "AccessDenied")
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe(Unknown + "ec2 describe-security-groups not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_SecurityGroupAbsent_IsErrorNamingTheGroup()
    {
        var instance = PublicInstance();
        var inventory = new InventoryBuilder()
            .With(instance, Some.Subnet(Some.PublicSubnetId), Some.RouteTable("rtb-public", toInternetGateway: true, [Some.PublicSubnetId]))
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe(Unknown + "security group sg-0db00000000000001 is not in the inventory");
    }

    [Fact]
    public void Evaluate_RouteTablesNotCollectedAndGroupOpen_IsError()
    {
        var instance = PublicInstance();
        var inventory = new InventoryBuilder()
            .With(instance, Some.SecurityGroup(ingress: WorldPostgres), Some.Subnet(Some.PublicSubnetId))
            .Missing(Dataset.Ec2RouteTables)
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe(Unknown + "ec2 describe-route-tables not collected for 123456789012/us-east-1: not in the export");
    }

    [Fact]
    public void Evaluate_SubnetAbsent_IsErrorNamingTheSubnet()
    {
        var instance = PublicInstance();
        var inventory = new InventoryBuilder().With(instance, Some.SecurityGroup(ingress: WorldPostgres)).Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe(Unknown + "subnet subnet-public1 is not in the inventory");
    }

    [Fact]
    public void Evaluate_RouteTablesNotCollectedButGroupClosed_PassesOnTheGroupAlone()
    {
        var instance = PublicInstance();
        var inventory = new InventoryBuilder()
            .With(instance, Some.SecurityGroup(), Some.Subnet(Some.PublicSubnetId))
            .Missing(Dataset.Ec2RouteTables)
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe(Unreachable + "no attached security group (sg-0db00000000000001) admits port 5432 from 0.0.0.0/0 or ::/0");
    }

    [Fact]
    public void Evaluate_FlagMissing_IsError()
    {
        var instance = Some.Instance() with { PubliclyAccessible = null };

        var finding = RuleHarness.Evaluate(RuleId, instance);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PubliclyAccessible was not collected");
    }

    [Fact]
    public void Evaluate_PortMissing_IsError()
    {
        var instance = PublicInstance() with { Port = null };

        var finding = RuleHarness.Evaluate(RuleId, instance, Estate(instance).Build());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("Port was not collected");
    }
}
