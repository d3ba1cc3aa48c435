using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Services;

/// <summary>The operations of a manual RDS re-keying, with the clock driving each step.</summary>
public sealed class RdsRekeyTests
{
    [Fact]
    public async Task Rekey_SnapshotCopyRestoreDelete_NewInstanceUsesTheNewKey()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var old = sandbox.StandaloneInstance();
        var created = await sandbox.Client.JsonAsync("kms", "TrentService.CreateKey", new JsonObject { ["Description"] = "rekey target" });
        var newKeyArn = created.Json["KeyMetadata"]!["Arn"]!.GetValue<string>();
        (await sandbox.Client.JsonAsync("kms", "TrentService.CreateAlias", new JsonObject { ["AliasName"] = "alias/rekey", ["TargetKeyId"] = newKeyArn })).Status.ShouldBe(200);

        (await Rds(sandbox, "CreateDBSnapshot", ("DBInstanceIdentifier", old), ("DBSnapshotIdentifier", "rekey-1"))).Status.ShouldBe(200);
        var early = await Rds(sandbox, "CopyDBSnapshot", ("SourceDBSnapshotIdentifier", "rekey-1"), ("TargetDBSnapshotIdentifier", "rekey-1-copy"), ("KmsKeyId", "alias/rekey"));
        early.ErrorCode.ShouldBe("InvalidDBSnapshotState");
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));

        var copy = await Rds(sandbox, "CopyDBSnapshot", ("SourceDBSnapshotIdentifier", "rekey-1"), ("TargetDBSnapshotIdentifier", "rekey-1-copy"), ("KmsKeyId", "alias/rekey"));
        copy.Status.ShouldBe(200, copy.Body);
        copy.First("KmsKeyId").ShouldBe(newKeyArn);
        copy.First("Status").ShouldBe("creating");
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));

        var restored = await Rds(sandbox, "RestoreDBInstanceFromDBSnapshot", ("DBInstanceIdentifier", old + "-rekeyed"), ("DBSnapshotIdentifier", "rekey-1-copy"));
        restored.Status.ShouldBe(200, restored.Body);
        restored.First("DBInstanceStatus").ShouldBe("creating");
        sandbox.Time.Advance(new SandboxOptions().RestoreDuration(sandbox.Read(s => s.Snapshots["rekey-1-copy"].AllocatedStorage)));
        var described = await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", old + "-rekeyed"));
        described.First("DBInstanceStatus").ShouldBe("available");
        described.First("KmsKeyId").ShouldBe(newKeyArn);

        (await Rds(sandbox, "ModifyDBInstance", ("DBInstanceIdentifier", old), ("DeletionProtection", "false"), ("ApplyImmediately", "true"))).Status.ShouldBe(200);
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));
        var deleting = await Rds(sandbox, "DeleteDBInstance", ("DBInstanceIdentifier", old), ("SkipFinalSnapshot", "true"));
        deleting.First("DBInstanceStatus").ShouldBe("deleting");
        sandbox.Time.Advance(TimeSpan.FromMinutes(15));

        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", old))).ErrorCode.ShouldBe("DBInstanceNotFound");
        sandbox.Server.RecordedEvents.Select(e => JsonNode.Parse(e)!["detail"]!["eventName"]!.GetValue<string>())
            .ShouldBe(["CreateKey", "CreateAlias", "CreateDBSnapshot", "CopyDBSnapshot", "RestoreDBInstanceFromDBSnapshot", "ModifyDBInstance", "DeleteDBInstance"]);
    }

    [Fact]
    public async Task RestoreDbInstanceFromDbSnapshot_LargerSnapshot_CreatingForBasePlusOneMinutePer10GiB()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var (small, large) = sandbox.Read(s =>
        {
            var available = s.Snapshots.Values.Where(x => x.Status == "available").OrderBy(x => x.AllocatedStorage).ToList();
            return (available[0], available[^1]);
        });
        large.AllocatedStorage.ShouldBeGreaterThan(small.AllocatedStorage);

        (await Rds(sandbox, "RestoreDBInstanceFromDBSnapshot", ("DBInstanceIdentifier", "restored-small"), ("DBSnapshotIdentifier", small.Identifier))).Status.ShouldBe(200);
        (await Rds(sandbox, "RestoreDBInstanceFromDBSnapshot", ("DBInstanceIdentifier", "restored-large"), ("DBSnapshotIdentifier", large.Identifier))).Status.ShouldBe(200);

        // 10 minutes + 1 minute per 10 GiB (6 s per GiB).
        var smallDuration = TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(6 * small.AllocatedStorage);
        var largeDuration = TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(6 * large.AllocatedStorage);
        sandbox.Time.Advance(smallDuration - TimeSpan.FromSeconds(1));
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "restored-small"))).First("DBInstanceStatus").ShouldBe("creating");
        sandbox.Time.Advance(TimeSpan.FromSeconds(1));
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "restored-small"))).First("DBInstanceStatus").ShouldBe("available");
        (await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "restored-large"))).First("DBInstanceStatus").ShouldBe("creating");
        sandbox.Time.Advance(largeDuration - smallDuration);
        var large1 = await Rds(sandbox, "DescribeDBInstances", ("DBInstanceIdentifier", "restored-large"));
        large1.First("DBInstanceStatus").ShouldBe("available");
        large1.First("AllocatedStorage").ShouldBe(large.AllocatedStorage.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CopyDbSnapshot_KeyPendingDeletion_ReturnsKMSKeyNotAccessibleFault()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var keyId = sandbox.CustomerKey();
        await sandbox.Client.JsonAsync("kms", "TrentService.ScheduleKeyDeletion", new JsonObject { ["KeyId"] = keyId, ["PendingWindowInDays"] = 7 });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "manual").Identifier);

        var reply = await Rds(sandbox, "CopyDBSnapshot", ("SourceDBSnapshotIdentifier", snapshot), ("TargetDBSnapshotIdentifier", "copy"), ("KmsKeyId", keyId));

        reply.ErrorCode.ShouldBe("KMSKeyNotAccessibleFault");
        reply.First("Message").ShouldBe($"The specified KMS key [{keyId}] does not exist, is not enabled or you do not have permissions to access it.");
    }

    [Fact]
    public async Task DeleteDbInstance_DeletionProtection_ReturnsInvalidParameterCombination()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });

        var reply = await Rds(sandbox, "DeleteDBInstance", ("DBInstanceIdentifier", sandbox.StandaloneInstance()), ("SkipFinalSnapshot", "true"));

        reply.ErrorCode.ShouldBe("InvalidParameterCombination");
        reply.First("Message").ShouldBe("Cannot delete protected DB Instance, please disable deletion protection and try again.");
    }

    [Fact]
    public async Task DeleteDbInstance_NoFinalSnapshotChoice_ReturnsInvalidParameterCombination()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });

        var reply = await Rds(sandbox, "DeleteDBInstance", ("DBInstanceIdentifier", sandbox.StandaloneInstance()));

        reply.ErrorCode.ShouldBe("InvalidParameterCombination");
        reply.First("Message").ShouldBe("FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.");
    }

    [Fact]
    public async Task ModifyDbSnapshotAttribute_RemoveAll_SnapshotNoLongerPublic()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "manual" && x.RestoreAccounts.Contains("all")).Identifier);

        var reply = await Rds(sandbox, "ModifyDBSnapshotAttribute", ("DBSnapshotIdentifier", snapshot), ("AttributeName", "restore"), ("ValuesToRemove.AttributeValue.1", "all"));

        reply.Status.ShouldBe(200, reply.Body);
        reply.All("AttributeValue").ShouldBeEmpty();
        (await Rds(sandbox, "DescribeDBSnapshotAttributes", ("DBSnapshotIdentifier", snapshot))).All("AttributeValue").ShouldBeEmpty();
    }

    [Fact]
    public async Task ModifyDbSnapshotAttribute_EncryptedToAll_ReturnsInvalidParameterValue()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "manual" && x.Encrypted).Identifier);

        var reply = await Rds(sandbox, "ModifyDBSnapshotAttribute", ("DBSnapshotIdentifier", snapshot), ("AttributeName", "restore"), ("ValuesToAdd.AttributeValue.1", "all"));

        reply.ErrorCode.ShouldBe("InvalidParameterValue");
    }

    [Fact]
    public async Task ModifyDbSnapshotAttribute_AwsManagedKeyToAccount_ReturnsInvalidParameterValueAndSharesNothing()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0, ManualSnapshotsPerInstance = 1 } });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "manual" && Flywheel.Sandbox.Services.Rds.RdsService.IsEncryptedWithAwsManagedKey(s, x)).Identifier);

        var reply = await Rds(sandbox, "ModifyDBSnapshotAttribute", ("DBSnapshotIdentifier", snapshot), ("AttributeName", "restore"), ("ValuesToAdd.AttributeValue.1", "210987654321"));

        reply.ErrorCode.ShouldBe("InvalidParameterValue");
        reply.First("Message").ShouldBe("A snapshot encrypted with the default KMS key of the account cannot be shared. Copy it with a customer managed key and share the copy.");
        (await Rds(sandbox, "DescribeDBSnapshotAttributes", ("DBSnapshotIdentifier", snapshot))).All("AttributeValue").ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteDbSnapshot_Automated_ReturnsInvalidDBSnapshotState()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });
        var snapshot = sandbox.Read(s => s.Snapshots.Values.First(x => x.SnapshotType == "automated").Identifier);

        var reply = await Rds(sandbox, "DeleteDBSnapshot", ("DBSnapshotIdentifier", snapshot));

        reply.ErrorCode.ShouldBe("InvalidDBSnapshotState");
        reply.First("Message").ShouldBe("Only manual snapshots may be deleted.");
    }

    private static Task<AwsReply> Rds(TestSandbox sandbox, string action, params (string, string)[] parameters) =>
        sandbox.Client.QueryAsync("rds", action, parameters);
}
