using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class RdsParameterGroupTests
{
    [Fact]
    public async Task DescribeDbParameters_SourceUser_ReturnsOnlyTheTeamsSettings()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 12, MisconfigurationRate = 0 } });
        var group = sandbox.Read(s => s.ParameterGroups.Values.First(g => !g.IsDefault).Name);

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBParameters", ("DBParameterGroupName", group), ("Source", "user"));

        reply.Status.ShouldBe(200, reply.Body);
        reply.All("Source").ShouldAllBe(s => s == "user");
        reply.All("ParameterValue").ShouldBe(["1"]);
        reply.First("ParameterName").ShouldBeOneOf("rds.force_ssl", "require_secure_transport");
    }

    [Fact]
    public async Task ModifyDbParameterGroup_CustomGroup_ValueChangesAndSourceIsUser()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 12 } });
        var group = sandbox.Read(s => s.ParameterGroups.Values.First(g => !g.IsDefault && g.Family.StartsWith("postgres")).Name);

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBParameterGroup", ("DBParameterGroupName", group),
            ("Parameters.Parameter.1.ParameterName", "log_connections"), ("Parameters.Parameter.1.ParameterValue", "1"), ("Parameters.Parameter.1.ApplyMethod", "immediate"));

        reply.Status.ShouldBe(200, reply.Body);
        reply.First("DBParameterGroupName").ShouldBe(group);
        var described = await sandbox.Client.QueryAsync("rds", "DescribeDBParameters", ("DBParameterGroupName", group), ("Source", "user"));
        described.All("ParameterName").ShouldContain("log_connections");
    }

    [Fact]
    public async Task ModifyDbParameterGroup_StaticParameterImmediate_ReturnsInvalidParameterCombination()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 12 } });
        var group = sandbox.Read(s => s.ParameterGroups.Values.First(g => !g.IsDefault && g.Family.StartsWith("postgres")).Name);

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBParameterGroup", ("DBParameterGroupName", group),
            ("Parameters.Parameter.1.ParameterName", "shared_preload_libraries"), ("Parameters.Parameter.1.ParameterValue", "pgaudit"), ("Parameters.Parameter.1.ApplyMethod", "immediate"));

        reply.ErrorCode.ShouldBe("InvalidParameterCombination");
    }

    [Fact]
    public async Task ModifyDbParameterGroup_StaticParameter_InstancesPendingRebootUntilRebooted()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 12 } });
        var (group, instance) = sandbox.Read(s => s.Instances.Values.Where(i => i.ClusterIdentifier is null && !i.ParameterGroupName.StartsWith("default.") && i.Engine == "postgres").Select(i => (i.ParameterGroupName, i.Identifier)).First());

        await sandbox.Client.QueryAsync("rds", "ModifyDBParameterGroup", ("DBParameterGroupName", group),
            ("Parameters.Parameter.1.ParameterName", "shared_preload_libraries"), ("Parameters.Parameter.1.ParameterValue", "pgaudit"), ("Parameters.Parameter.1.ApplyMethod", "pending-reboot"));
        (await Describe(sandbox, instance)).First("ParameterApplyStatus").ShouldBe("pending-reboot");

        var rebooting = await sandbox.Client.QueryAsync("rds", "RebootDBInstance", ("DBInstanceIdentifier", instance));
        rebooting.First("DBInstanceStatus").ShouldBe("rebooting");
        sandbox.Time.Advance(TimeSpan.FromMinutes(2));

        var rebooted = await Describe(sandbox, instance);
        rebooted.First("DBInstanceStatus").ShouldBe("available");
        rebooted.First("ParameterApplyStatus").ShouldBe("in-sync");
    }

    [Fact]
    public async Task ModifyDbParameterGroup_DefaultGroup_ReturnsInvalidParameterValue()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var group = sandbox.Read(s => s.ParameterGroups.Values.First(g => g.IsDefault).Name);

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBParameterGroup", ("DBParameterGroupName", group),
            ("Parameters.Parameter.1.ParameterName", "general_log"), ("Parameters.Parameter.1.ParameterValue", "1"));

        reply.ErrorCode.ShouldBe("InvalidParameterValue");
        reply.First("Message").ShouldBe($"Default parameter groups cannot be modified: {group}");
    }

    [Fact]
    public async Task DescribeDbParameters_UnknownGroup_Returns404()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBParameters", ("DBParameterGroupName", "nope"));

        reply.Status.ShouldBe(404);
        reply.ErrorCode.ShouldBe("DBParameterGroupNotFound");
    }

    [Fact]
    public async Task DescribeDbClusterParameterGroups_Generated_NamesTheClustersGroups()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 8, ClusterShare = 0.5 } });
        var expected = sandbox.Read(s => s.Clusters.Values.Select(c => c.ParameterGroupName).Distinct().Order(StringComparer.Ordinal).ToList());

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBClusterParameterGroups");

        reply.All("DBClusterParameterGroupName").ShouldBe(expected);
    }

    private static Task<AwsReply> Describe(TestSandbox sandbox, string identifier) =>
        sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("DBInstanceIdentifier", identifier));
}
