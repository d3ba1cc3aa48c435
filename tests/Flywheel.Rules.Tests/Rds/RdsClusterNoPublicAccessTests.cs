using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsClusterNoPublicAccess;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterNoPublicAccessTests
{
    private const string RuleId = "rds-cluster-no-public-access";

    private static readonly SecurityGroupRule WorldPostgres = new() { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["0.0.0.0/0"] };

    private static DbCluster MultiAzCluster(bool publiclyAccessible = true) => Some.Cluster("maz-1", engine: "postgres") with
    {
        ClusterInstanceClass = "db.m6gd.large",
        PubliclyAccessible = publiclyAccessible,
        MemberInstanceIdentifiers = ["maz-1-a"],
    };

    private static DbInstance Member() => Some.Instance("maz-1-a") with { ClusterIdentifier = "maz-1", PubliclyAccessible = true, SubnetIds = [Some.PublicSubnetId] };

    private static InventoryBuilder Estate(DbCluster cluster, SecurityGroupRule ingress, bool withMember = true)
    {
        var builder = new InventoryBuilder().With(
            cluster,
            Some.SecurityGroup(ingress: ingress),
            Some.Subnet(Some.PublicSubnetId),
            Some.RouteTable("rtb-public", toInternetGateway: true, [Some.PublicSubnetId]));
        return withMember ? builder.With(Member()) : builder;
    }

    [Fact]
    public void Evaluate_AuroraCluster_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("Aurora cluster: public access is set per instance; see rds-instance-no-public-access");
    }

    [Fact]
    public void Evaluate_FlagFalse_Passes()
    {
        var cluster = MultiAzCluster(publiclyAccessible: false);

        var finding = RuleHarness.Evaluate(RuleId, cluster, Estate(cluster, WorldPostgres).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("PubliclyAccessible is false");
    }

    [Fact]
    public void Evaluate_ReachableThroughMemberSubnets_Fails()
    {
        var cluster = MultiAzCluster();

        var finding = RuleHarness.Evaluate(RuleId, cluster, Estate(cluster, WorldPostgres).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("reachable from the internet: PubliclyAccessible is true, security group sg-0db00000000000001 admits tcp 5432 from 0.0.0.0/0, and subnet subnet-public1 is public (route table rtb-public sends 0.0.0.0/0 to igw-0abc)");
    }

    [Fact]
    public void Evaluate_MemberMissingButGroupClosed_Passes()
    {
        var cluster = MultiAzCluster();
        var internalOnly = new SecurityGroupRule { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["10.0.0.0/16"] };

        var finding = RuleHarness.Evaluate(RuleId, cluster, Estate(cluster, internalOnly, withMember: false).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("PubliclyAccessible is true but the cluster is not reachable from the internet: no attached security group (sg-0db00000000000001) admits port 5432 from 0.0.0.0/0 or ::/0");
    }

    [Fact]
    public void Evaluate_MemberMissingAndGroupOpen_IsErrorBecauseSubnetsAreUnknown()
    {
        var cluster = MultiAzCluster();

        var finding = RuleHarness.Evaluate(RuleId, cluster, Estate(cluster, WorldPostgres, withMember: false).Build());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PubliclyAccessible is true and whether the cluster is reachable from the internet cannot be determined: the subnets of member instance maz-1-a are not known");
    }

    [Fact]
    public void Evaluate_InstancesNotCollected_IsErrorNamingTheGap()
    {
        var cluster = MultiAzCluster();
        var inventory = Estate(cluster, WorldPostgres, withMember: false).Missing(Dataset.RdsDbInstances, reason: "Throttling").Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PubliclyAccessible is true and whether the cluster is reachable from the internet cannot be determined: rds describe-db-instances not collected for 123456789012/us-east-1: Throttling");
    }

    [Fact]
    public void Evaluate_PublicFlagAloneFailsSet_FailsWhenUnknown()
    {
        var cluster = MultiAzCluster();

        var finding = RuleHarness.Evaluate(RuleId, cluster, Estate(cluster, WorldPostgres, withMember: false).Build(), new RdsClusterNoPublicAccessOptions { PublicFlagAloneFails = true });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("PubliclyAccessible is true (publicFlagAloneFails is set); reachability unknown: the subnets of member instance maz-1-a are not known");
    }

    [Fact]
    public void Evaluate_FlagMissing_IsError()
    {
        var cluster = MultiAzCluster() with { PubliclyAccessible = null };

        var finding = RuleHarness.Evaluate(RuleId, cluster);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PubliclyAccessible was not collected");
    }
}
