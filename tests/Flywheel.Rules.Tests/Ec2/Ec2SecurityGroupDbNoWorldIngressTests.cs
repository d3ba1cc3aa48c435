using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Ec2;

public sealed class Ec2SecurityGroupDbNoWorldIngressTests
{
    private const string RuleId = "ec2-security-group-db-no-world-ingress";

    private static DbProxy Proxy() => new()
    {
        AccountId = Some.Account,
        Region = Some.Region,
        Arn = $"arn:aws:rds:{Some.Region}:{Some.Account}:db-proxy:prx-1",
        ProxyName = "proxy-1",
        RequireTls = true,
        VpcSecurityGroupIds = [Some.SecurityGroupId],
    };

    [Fact]
    public void Evaluate_DbGroupWithoutWorldRules_PassesNamingUsers()
    {
        var group = Some.SecurityGroup();
        var inventory = new InventoryBuilder().With(group, Some.Instance()).Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("no inbound rule admits 0.0.0.0/0 or ::/0; used by DB instance db-1");
    }

    [Fact]
    public void Evaluate_WorldRulesOnAnyPort_FailsListingRulesAndUsers()
    {
        var group = Some.SecurityGroup(ingress:
        [
            new SecurityGroupRule { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = ["0.0.0.0/0"] },
            new SecurityGroupRule { IpProtocol = "-1", Ipv6Ranges = ["::/0"] },
            new SecurityGroupRule { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, Ipv4Ranges = ["10.0.0.0/16"] },
        ]);
        var inventory = new InventoryBuilder().With(group, Some.Instance(), Some.Cluster(), Proxy()).Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("admits traffic from the internet (tcp 22 from 0.0.0.0/0; all traffic from ::/0) and is used by DB instance db-1, DB cluster cluster-1, DB proxy proxy-1");
    }

    [Fact]
    public void Evaluate_PortRange_DescribesTheRange()
    {
        var group = Some.SecurityGroup(ingress: [new SecurityGroupRule { IpProtocol = "tcp", FromPort = 0, ToPort = 65535, Ipv4Ranges = ["0.0.0.0/0", "10.0.0.0/8"] }]);
        var inventory = new InventoryBuilder().With(group, Proxy()).Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("admits traffic from the internet (tcp 0-65535 from 0.0.0.0/0) and is used by DB proxy proxy-1");
    }

    [Fact]
    public void Evaluate_GroupNotUsedByADatabase_IsNotApplicable()
    {
        var group = Some.SecurityGroup(groupId: "sg-web", ingress: [new SecurityGroupRule { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = ["0.0.0.0/0"] }]);
        var inventory = new InventoryBuilder().With(group, Some.Instance()).Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("not attached to any DB instance, cluster or proxy");
    }

    [Fact]
    public void Evaluate_NoUserFoundAndProxiesNotCollected_IsError()
    {
        var group = Some.SecurityGroup(groupId: "sg-web");
        var inventory = new InventoryBuilder().With(group).Missing(Dataset.RdsDbProxies, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("cannot tell whether a DB resource uses the group: rds describe-db-proxies not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_SecurityGroupsNotCollected_IsError()
    {
        var group = Some.SecurityGroup();
        var inventory = new InventoryBuilder().With(group, Some.Instance()).Missing(Dataset.Ec2SecurityGroups, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, group, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("ec2 describe-security-groups not collected for 123456789012/us-east-1: AccessDenied");
    }
}
