using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class Ec2ServiceTests
{
    [Fact]
    public async Task DescribeSecurityGroups_UnknownGroup_ReturnsInvalidGroupNotFound()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("ec2", "DescribeSecurityGroups", ("GroupId.1", "sg-0000"));

        reply.Status.ShouldBe(400);
        reply.Xml.Name.LocalName.ShouldBe("Response");
        reply.ErrorCode.ShouldBe("InvalidGroup.NotFound");
        reply.First("Message").ShouldBe("The security group 'sg-0000' does not exist");
        reply.First("RequestID").ShouldBe(reply.RequestId);
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_RuleNotPresent_ReturnsInvalidPermissionNotFound()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var groupId = sandbox.Read(s => s.SecurityGroups.Values.First(g => g.GroupName != "default").GroupId);

        var reply = await sandbox.Client.QueryAsync("ec2", "RevokeSecurityGroupIngress", ("GroupId", groupId),
            ("IpPermissions.1.IpProtocol", "tcp"), ("IpPermissions.1.FromPort", "22"), ("IpPermissions.1.ToPort", "22"), ("IpPermissions.1.IpRanges.1.CidrIp", "1.2.3.4/32"));

        reply.ErrorCode.ShouldBe("InvalidPermission.NotFound");
    }

    [Fact]
    public async Task AuthorizeSecurityGroupIngress_AfterRevoke_RestoresTheRuleAndRejectsADuplicate()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var (groupId, port) = sandbox.Read(s => s.SecurityGroups.Values.Where(g => g.GroupName != "default").Select(g => (g.GroupId, g.Ingress[0].FromPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).First());
        (string, string)[] rule = [("GroupId", groupId), ("IpPermissions.1.IpProtocol", "tcp"), ("IpPermissions.1.FromPort", port), ("IpPermissions.1.ToPort", port), ("IpPermissions.1.IpRanges.1.CidrIp", "0.0.0.0/0")];
        (await sandbox.Client.QueryAsync("ec2", "RevokeSecurityGroupIngress", rule)).Status.ShouldBe(200);

        var restored = await sandbox.Client.QueryAsync("ec2", "AuthorizeSecurityGroupIngress", rule);
        var duplicate = await sandbox.Client.QueryAsync("ec2", "AuthorizeSecurityGroupIngress", rule);

        restored.First("return").ShouldBe("true");
        duplicate.ErrorCode.ShouldBe("InvalidPermission.Duplicate");
        var described = await sandbox.Client.QueryAsync("ec2", "DescribeSecurityGroups", ("GroupId.1", groupId));
        described.All("cidrIp").ShouldContain("0.0.0.0/0");
    }

    [Fact]
    public async Task DescribeRouteTables_SubnetFilter_ReturnsTheAssociatedTable()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var (subnetId, tableId) = sandbox.Read(s => (s.Subnets[2].SubnetId, s.RouteTables.Single(t => t.SubnetIds.Contains(s.Subnets[2].SubnetId)).RouteTableId));

        var reply = await sandbox.Client.QueryAsync("ec2", "DescribeRouteTables", ("Filter.1.Name", "association.subnet-id"), ("Filter.1.Value.1", subnetId));

        reply.Status.ShouldBe(200, reply.Body);
        reply.All("routeTableId").Distinct().ShouldBe([tableId]);
        reply.All("gatewayId").ShouldContain(g => g.StartsWith("igw-"));
    }

    [Fact]
    public async Task DescribeSubnets_VpcFilter_ReturnsTheThreeSubnets()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var vpcId = sandbox.Read(s => s.Subnets[0].VpcId);

        var reply = await sandbox.Client.QueryAsync("ec2", "DescribeSubnets", ("Filter.1.Name", "vpc-id"), ("Filter.1.Value.1", vpcId));

        reply.All("subnetId").Count.ShouldBe(3);
        reply.Xml.Name.ToString().ShouldBe("{http://ec2.amazonaws.com/doc/2016-11-15/}DescribeSubnetsResponse");
    }
}
