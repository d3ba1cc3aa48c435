using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

/// <summary>ModifyDBInstance with NewDBInstanceIdentifier: the instance moves to its new name, ARN and endpoint.</summary>
public sealed class RdsRenameTests
{
    private static readonly SandboxOptions Clean = new() { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } };

    [Fact]
    public async Task ModifyDbInstance_NewIdentifierApplyImmediately_RenamingThenAvailableUnderTheNewName()
    {
        await using var sandbox = await TestSandbox.StartAsync(Clean);
        var old = sandbox.StandaloneInstance();
        var (oldArn, resourceId) = sandbox.Read(s => (s.Instances[old].Arn, s.Instances[old].DbiResourceId));

        var modified = await Rds(sandbox, "ModifyDBInstance", ("DBInstanceIdentifier", old), ("NewDBInstanceIdentifier", "Renamed-DB"), ("ApplyImmediately", "true"));

        modified.Status.ShouldBe(200, modified.Body);
        modified.All("DBInstanceIdentifier").ShouldBe([old, "renamed-db"], "the instance as it was, the new name pending");
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", old))).ErrorCode.ShouldBe("DBInstanceNotFound");
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", oldArn))).ErrorCode.ShouldBe("DBInstanceNotFound");
        var renaming = await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "renamed-db"));
        renaming.First("DBInstanceStatus").ShouldBe("renaming");
        renaming.First("DBInstanceArn").ShouldBe(oldArn[..oldArn.LastIndexOf(':')] + ":renamed-db");
        renaming.First("DbiResourceId").ShouldBe(resourceId);
        renaming.First("Address").ShouldStartWith("renamed-db.");
        (await Rds(sandbox, "ModifyDBInstance", ("DBInstanceIdentifier", "renamed-db"), ("DeletionProtection", "false"), ("ApplyImmediately", "true"))).ErrorCode.ShouldBe("InvalidDBInstanceState");

        sandbox.Time.Advance(new SandboxOptions().ModifyDuration);

        var renamed = await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "renamed-db"));
        renamed.First("DBInstanceStatus").ShouldBe("available");
        renamed.All("DBInstanceIdentifier").ShouldBe(["renamed-db"]);
        (await Rds(sandbox, "DescribeDBInstances")).All("DBInstanceIdentifier").ShouldNotContain(old);
    }

    [Fact]
    public async Task ModifyDbInstance_NewIdentifierTaken_ReturnsDBInstanceAlreadyExists()
    {
        await using var sandbox = await TestSandbox.StartAsync(Clean);
        var (first, second) = sandbox.Read(s =>
        {
            var standalone = s.Instances.Values.Where(i => i.ClusterIdentifier is null).Select(i => i.Identifier).ToList();
            return (standalone[0], standalone[1]);
        });

        var reply = await Rds(sandbox, "ModifyDBInstance", ("DBInstanceIdentifier", first), ("NewDBInstanceIdentifier", second), ("ApplyImmediately", "true"));

        reply.ErrorCode.ShouldBe("DBInstanceAlreadyExists");
        sandbox.Read(s => s.Instances[first].Status).ShouldBe("available");
    }

    [Fact]
    public async Task ModifyDbInstance_NewIdentifierWithoutApplyImmediately_PendingUntilTheMaintenanceWindow()
    {
        await using var sandbox = await TestSandbox.StartAsync(Clean);
        var old = sandbox.StandaloneInstance();

        var modified = await Rds(sandbox, "ModifyDBInstance", ("DBInstanceIdentifier", old), ("NewDBInstanceIdentifier", "later-db"));

        modified.Status.ShouldBe(200, modified.Body);
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", old))).All("DBInstanceIdentifier").ShouldBe([old, "later-db"]);
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "later-db"))).ErrorCode.ShouldBe("DBInstanceNotFound");

        sandbox.Time.Advance(TimeSpan.FromDays(7) + new SandboxOptions().ModifyDuration);

        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "later-db"))).First("DBInstanceStatus").ShouldBe("available");
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", old))).ErrorCode.ShouldBe("DBInstanceNotFound");
    }

    private static Task<AwsReply> Rds(TestSandbox sandbox, string action, params (string, string)[] parameters) =>
        sandbox.Client.QueryAsync("rds", action, parameters);
}
