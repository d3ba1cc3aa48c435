using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class RdsModifyClusterTests
{
    private static readonly SandboxOptions WithClusters = new() { Estate = new SandboxEstateSpec { InstancesPerRegion = 8, ClusterShare = 0.5, MisconfigurationRate = 1 } };

    [Fact]
    public async Task ModifyDbCluster_DeletionProtection_AppliesAtOnceWhileModifying()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);
        var cluster = sandbox.Read(s => s.Clusters.Keys.First());

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBCluster", ("DBClusterIdentifier", cluster), ("DeletionProtection", "true"));

        reply.Status.ShouldBe(200, reply.Body);
        reply.First("Status").ShouldBe("modifying");
        reply.First("DeletionProtection").ShouldBe("true");
        (await sandbox.Client.QueryAsync("rds", "ModifyDBCluster", ("DBClusterIdentifier", cluster), ("CopyTagsToSnapshot", "true"))).ErrorCode.ShouldBe("InvalidDBClusterStateFault");
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));
        (await sandbox.Client.QueryAsync("rds", "DescribeDBClusters", ("DBClusterIdentifier", cluster))).First("Status").ShouldBe("available");
    }

    [Fact]
    public async Task ModifyDbCluster_IamAuthWithoutApplyImmediately_PendingUntilTheWindow()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);
        var cluster = sandbox.Read(s => s.Clusters.Keys.First());

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBCluster", ("DBClusterIdentifier", cluster), ("EnableIAMDatabaseAuthentication", "true"));

        reply.First("Status").ShouldBe("available");
        reply.Xml.Descendants().Single(e => e.Name.LocalName == "PendingModifiedValues").Elements().Single().Name.LocalName.ShouldBe("IAMDatabaseAuthenticationEnabled");
        sandbox.Time.Advance(TimeSpan.FromDays(8));
        var applied = await sandbox.Client.QueryAsync("rds", "DescribeDBClusters", ("DBClusterIdentifier", cluster));
        applied.First("IAMDatabaseAuthenticationEnabled").ShouldBe("true");
        applied.Xml.Descendants().Any(e => e.Name.LocalName == "PendingModifiedValues").ShouldBeFalse();
    }

    [Fact]
    public async Task ModifyDbInstance_ClusterMemberDeletionProtection_ReturnsInvalidParameterCombination()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);
        var member = sandbox.Read(s => s.Instances.Values.First(i => i.ClusterIdentifier is not null).Identifier);

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", member), ("DeletionProtection", "true"));

        reply.ErrorCode.ShouldBe("InvalidParameterCombination");
    }
}
