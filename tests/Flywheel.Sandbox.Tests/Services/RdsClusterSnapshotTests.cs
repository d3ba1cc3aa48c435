using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class RdsClusterSnapshotTests
{
    private static readonly SandboxOptions WithClusters = new() { Estate = new SandboxEstateSpec { InstancesPerRegion = 8, ClusterShare = 0.5 } };

    [Fact]
    public async Task DescribeDbClusterSnapshots_Manual_ReturnsOnlyManualWithClusterArns()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBClusterSnapshots", ("SnapshotType", "manual"));

        reply.Status.ShouldBe(200, reply.Body);
        reply.All("SnapshotType").ShouldBe(["manual", "manual"]);
        reply.All("DBClusterSnapshotArn").ShouldAllBe(a => a.Contains(":cluster-snapshot:"));
    }

    [Fact]
    public async Task CreateDbClusterSnapshot_CreatingThenAvailable()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);
        var cluster = sandbox.Read(s => s.Clusters.Keys.First());

        var created = await sandbox.Client.QueryAsync("rds", "CreateDBClusterSnapshot", ("DBClusterIdentifier", cluster), ("DBClusterSnapshotIdentifier", "pre-rekey"));
        created.Status.ShouldBe(200, created.Body);
        created.First("Status").ShouldBe("creating");
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));

        var described = await sandbox.Client.QueryAsync("rds", "DescribeDBClusterSnapshots", ("DBClusterSnapshotIdentifier", "pre-rekey"));
        described.First("Status").ShouldBe("available");
        var attributes = await sandbox.Client.QueryAsync("rds", "DescribeDBClusterSnapshotAttributes", ("DBClusterSnapshotIdentifier", "pre-rekey"));
        attributes.First("AttributeName").ShouldBe("restore");
    }

    [Fact]
    public async Task ModifyDbClusterSnapshotAttribute_ShareWithAccount_AppearsInTheAttributes()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);
        var snapshot = sandbox.Read(s => s.ClusterSnapshots.Values.First(x => x.SnapshotType == "manual").Identifier);
        var other = sandbox.Server.Accounts[1].AccountId;

        var reply = await sandbox.Client.QueryAsync("rds", "ModifyDBClusterSnapshotAttribute", ("DBClusterSnapshotIdentifier", snapshot), ("AttributeName", "restore"), ("ValuesToAdd.AttributeValue.1", other));

        reply.Status.ShouldBe(200, reply.Body);
        reply.Xml.Name.LocalName.ShouldBe("ModifyDBClusterSnapshotAttributeResponse");
        (await sandbox.Client.QueryAsync("rds", "DescribeDBClusterSnapshotAttributes", ("DBClusterSnapshotIdentifier", snapshot))).All("AttributeValue").ShouldContain(other);
    }

    [Fact]
    public async Task DescribeDbClusterSnapshotAttributes_Unknown_Returns404()
    {
        await using var sandbox = await TestSandbox.StartAsync(WithClusters);

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBClusterSnapshotAttributes", ("DBClusterSnapshotIdentifier", "nope"));

        reply.Status.ShouldBe(404);
        reply.ErrorCode.ShouldBe("DBClusterSnapshotNotFoundFault");
    }
}
