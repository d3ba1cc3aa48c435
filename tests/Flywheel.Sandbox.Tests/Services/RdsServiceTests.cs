using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

public sealed class RdsServiceTests
{
    [Fact]
    public async Task DescribeDbInstances_UnknownIdentifier_Returns404DBInstanceNotFound()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("DBInstanceIdentifier", "nope"));

        reply.Status.ShouldBe(404);
        reply.ErrorCode.ShouldBe("DBInstanceNotFound");
        reply.First("Message").ShouldBe("DBInstance nope not found.");
    }

    [Theory]
    [InlineData("19")]
    [InlineData("101")]
    public async Task DescribeDbInstances_MaxRecordsOutOfRange_ReturnsInvalidParameterValue(string maxRecords)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("MaxRecords", maxRecords));

        reply.Status.ShouldBe(400);
        reply.ErrorCode.ShouldBe("InvalidParameterValue");
        reply.First("Message").ShouldBe($"Invalid value {maxRecords} for MaxRecords. Must be between 20 and 100");
    }

    [Fact]
    public async Task DescribeDbInstances_Markers_PageThroughAllInstancesOnce()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 50 } });
        var seen = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            (string, string)[] parameters = marker is null ? [("MaxRecords", "20")] : [("MaxRecords", "20"), ("Marker", marker)];
            var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", parameters);
            reply.Status.ShouldBe(200, reply.Body);
            seen.AddRange(reply.All("DBInstanceIdentifier"));
            marker = reply.Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "Marker" && e.Parent!.Name.LocalName == "DescribeDBInstancesResult")?.Value;
            pages++;
        }
        while (marker is not null);

        pages.ShouldBe(3);
        seen.Count.ShouldBe(50);
        seen.Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public async Task DescribeDbInstances_EngineFilter_ReturnsOnlyThatEngine()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 20 } });

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("Filters.Filter.1.Name", "engine"), ("Filters.Filter.1.Values.Value.1", "postgres"));

        reply.Status.ShouldBe(200);
        reply.All("Engine").ShouldNotBeEmpty();
        reply.All("Engine").ShouldAllBe(e => e == "postgres");
    }

    [Fact]
    public async Task DescribeDbInstances_UnknownFilter_ReturnsInvalidParameterValue()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("Filters.Filter.1.Name", "colour"), ("Filters.Filter.1.Values.Value.1", "red"));

        reply.ErrorCode.ShouldBe("InvalidParameterValue");
        reply.First("Message").ShouldBe("Unrecognized filter name: colour");
    }

    [Fact]
    public async Task DescribeDbInstances_Response_IsInTheRdsNamespaceWithResultAndMetadata()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBInstances");

        var root = reply.Xml;
        root.Name.ToString().ShouldBe("{http://rds.amazonaws.com/doc/2014-10-31/}DescribeDBInstancesResponse");
        root.Elements().Select(e => e.Name.LocalName).ShouldBe(["DescribeDBInstancesResult", "ResponseMetadata"]);
        root.Descendants().First(e => e.Name.LocalName == "InstanceCreateTime").Value.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
    }

    [Fact]
    public async Task ModifyDbInstance_ApplyImmediately_ModifyingUntilTheClockAdvances()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.StandaloneInstance();

        var modified = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("DBInstanceClass", "db.r6g.4xlarge"), ("ApplyImmediately", "true"));

        modified.Status.ShouldBe(200, modified.Body);
        modified.First("DBInstanceStatus").ShouldBe("modifying");
        modified.Xml.Descendants().Single(e => e.Name.LocalName == "PendingModifiedValues").Elements().Single().Value.ShouldBe("db.r6g.4xlarge");
        sandbox.Time.Advance(TimeSpan.FromMinutes(9));
        (await Describe(sandbox, identifier)).First("DBInstanceStatus").ShouldBe("modifying");

        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var done = await Describe(sandbox, identifier);

        done.First("DBInstanceStatus").ShouldBe("available");
        done.First("DBInstanceClass").ShouldBe("db.r6g.4xlarge");
        done.Xml.Descendants().Single(e => e.Name.LocalName == "PendingModifiedValues").HasElements.ShouldBeFalse();
    }

    [Fact]
    public async Task ModifyDbInstance_NotApplyImmediately_PendingUntilTheMaintenanceWindow()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.StandaloneInstance();
        await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("PreferredMaintenanceWindow", "sun:05:00-sun:05:30"), ("ApplyImmediately", "true"));
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));

        var modified = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("BackupRetentionPeriod", "14"), ("ApplyImmediately", "false"));

        modified.First("DBInstanceStatus").ShouldBe("available");
        modified.Xml.Descendants().Single(e => e.Name.LocalName == "PendingModifiedValues").Elements().Single().Value.ShouldBe("14");
        // Wednesday 2026-01-14 10:10 → the window opens Sunday 2026-01-18 05:00, and the change takes ModifyDuration.
        sandbox.Time.SetUtcNow(new DateTimeOffset(2026, 1, 18, 5, 5, 0, TimeSpan.Zero));
        (await Describe(sandbox, identifier)).First("DBInstanceStatus").ShouldBe("modifying");
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));
        var applied = await Describe(sandbox, identifier);
        applied.First("DBInstanceStatus").ShouldBe("available");
        applied.First("BackupRetentionPeriod").ShouldBe("14");
    }

    [Fact]
    public async Task ModifyDbInstance_WhileModifying_ReturnsInvalidDBInstanceState()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.StandaloneInstance();
        await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("PubliclyAccessible", "false"), ("ApplyImmediately", "true"));

        var second = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("DeletionProtection", "true"));

        second.Status.ShouldBe(400);
        second.ErrorCode.ShouldBe("InvalidDBInstanceState");
        second.First("Message").ShouldBe("Database instance is not in available state.");
    }

    [Fact]
    public async Task CreateDbSnapshot_CreatingThenAvailable_InstanceBackingUpMeanwhile()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.StandaloneInstance();

        var created = await sandbox.Client.QueryAsync("rds", "CreateDBSnapshot", ("DBInstanceIdentifier", identifier), ("DBSnapshotIdentifier", "before-rekey"));

        created.Status.ShouldBe(200, created.Body);
        created.First("Status").ShouldBe("creating");
        (await Describe(sandbox, identifier)).First("DBInstanceStatus").ShouldBe("backing-up");
        var duplicate = await sandbox.Client.QueryAsync("rds", "CreateDBSnapshot", ("DBInstanceIdentifier", identifier), ("DBSnapshotIdentifier", "before-rekey"));
        duplicate.ErrorCode.ShouldBe("DBSnapshotAlreadyExists");

        sandbox.Time.Advance(TimeSpan.FromMinutes(5));
        var snapshot = await sandbox.Client.QueryAsync("rds", "DescribeDBSnapshots", ("DBSnapshotIdentifier", "before-rekey"));

        snapshot.First("Status").ShouldBe("available");
        snapshot.First("PercentProgress").ShouldBe("100");
        (await Describe(sandbox, identifier)).First("DBInstanceStatus").ShouldBe("available");
    }

    [Fact]
    public async Task DescribeDbSnapshots_SnapshotTypeAutomated_ReturnsOnlyAutomated()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBSnapshots", ("SnapshotType", "automated"));

        reply.All("SnapshotType").ShouldNotBeEmpty();
        reply.All("SnapshotType").ShouldAllBe(t => t == "automated");
        reply.All("DBSnapshotIdentifier").ShouldAllBe(id => id.StartsWith("rds:"));
    }

    [Fact]
    public async Task DescribeDbSnapshotAttributes_PublicSnapshot_RestoreIsAll()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "manual").Identifier);

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBSnapshotAttributes", ("DBSnapshotIdentifier", snapshot));

        reply.First("AttributeName").ShouldBe("restore");
        reply.All("AttributeValue").ShouldBe(["all"]);
    }

    [Fact]
    public async Task DescribeDbClusters_Generated_ListsMembersWithOneWriter()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 8, ClusterShare = 0.5 } });

        var reply = await sandbox.Client.QueryAsync("rds", "DescribeDBClusters");

        reply.Status.ShouldBe(200, reply.Body);
        reply.All("DBClusterIdentifier").Count.ShouldBe(2);
        reply.All("IsClusterWriter").ShouldBe(["true", "false", "true", "false"]);
        var missing = await sandbox.Client.QueryAsync("rds", "DescribeDBClusters", ("DBClusterIdentifier", "nope"));
        missing.Status.ShouldBe(404);
        missing.ErrorCode.ShouldBe("DBClusterNotFoundFault");
    }

    [Fact]
    public async Task ModifyDbInstance_ManageMasterUserPassword_CreatesTheRdsOwnedSecret()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = sandbox.Read(s => s.Instances.Values.First(i => i.ClusterIdentifier is null && i.MasterUserSecretArn is null).Identifier);

        var modified = await sandbox.Client.QueryAsync("rds", "ModifyDBInstance", ("DBInstanceIdentifier", identifier), ("ManageMasterUserPassword", "true"), ("ApplyImmediately", "true"));

        var secretArn = modified.Xml.Descendants().Single(e => e.Name.LocalName == "MasterUserSecret").Elements().Single(e => e.Name.LocalName == "SecretArn").Value;
        var secrets = await sandbox.Client.JsonAsync("secretsmanager", "secretsmanager.ListSecrets", new System.Text.Json.Nodes.JsonObject());
        var secret = secrets.Json["SecretList"]!.AsArray().Single(s => s!["ARN"]!.GetValue<string>() == secretArn)!;
        secret["OwningService"]!.GetValue<string>().ShouldBe("rds");
        secret["RotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
    }

    private static Task<AwsReply> Describe(TestSandbox sandbox, string identifier) =>
        sandbox.Client.QueryAsync("rds", "DescribeDBInstances", ("DBInstanceIdentifier", identifier));
}
