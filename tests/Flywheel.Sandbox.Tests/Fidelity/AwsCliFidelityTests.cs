using System.Text.Json.Nodes;
using Flywheel.Sandbox.Tests.Support;

namespace Flywheel.Sandbox.Tests.Fidelity;

/// <summary>
/// The sandbox as seen by clients nobody here wrote: the image's AWS CLI v1 (botocore, recent models) and Debian's
/// AWS CLI v2.9 (<c>/usr/bin/aws</c>, older models) parse every response with the official models, so a wrong element
/// name, envelope or error code shows up here. Theories run on both CLIs; facts use v1 only, for commands v2.9's models
/// lack (KMS rotation periods, on-demand rotation, list-key-rotations) or that the issue asks of v1 alone.
/// </summary>
public sealed class AwsCliFidelityTests
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task StsGetCallerIdentity_DefaultKeys_ReturnsTheAccount(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await Cli(cli, sandbox, "sts", "get-caller-identity");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Json["Account"]!.GetValue<string>().ShouldBe(sandbox.Account.AccountId);
        result.Json["Arn"]!.GetValue<string>().ShouldBe(sandbox.Account.UserArn);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task StsAssumeRole_OtherAccount_CredentialsActInThatAccount(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync();
        var target = sandbox.Server.Accounts[1].AccountId;

        var assumed = await Cli(cli, sandbox, "sts", "assume-role", "--role-arn", $"arn:aws:iam::{target}:role/FlywheelAudit", "--role-session-name", "audit");
        assumed.ExitCode.ShouldBe(0, assumed.ToString());
        var credentials = assumed.Json["Credentials"]!.AsObject();
        assumed.Json["AssumedRoleUser"]!["Arn"]!.GetValue<string>().ShouldBe($"arn:aws:sts::{target}:assumed-role/FlywheelAudit/audit");

        var identity = await cli.RunWithSessionAsync(sandbox.Server, credentials["AccessKeyId"]!.GetValue<string>(), credentials["SecretAccessKey"]!.GetValue<string>(),
            credentials["SessionToken"]!.GetValue<string>(), "sts", "get-caller-identity");

        identity.ExitCode.ShouldBe(0, identity.ToString());
        identity.Json["Account"]!.GetValue<string>().ShouldBe(target);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task WrongSecretKey_Rds_CliReportsSignatureDoesNotMatch(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await cli.RunAsync(sandbox.Server, sandbox.Account.AccessKeyId, "wrong" + sandbox.Account.SecretAccessKey[5..], "rds", "describe-db-instances");

        result.ExitCode.ShouldNotBe(0);
        result.StandardError.ShouldContain("SignatureDoesNotMatch");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task RdsDescribeDbInstances_PageSizeAndMaxItems_PagesThroughEveryInstance(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 45 } });

        var first = await Cli(cli, sandbox, "rds", "describe-db-instances", "--page-size", "20", "--max-items", "30");
        first.ExitCode.ShouldBe(0, first.ToString());
        var firstPage = first.Json["DBInstances"]!.AsArray();
        firstPage.Count.ShouldBe(30);
        var token = first.Json["NextToken"]!.GetValue<string>();
        var rest = await Cli(cli, sandbox, "rds", "describe-db-instances", "--page-size", "20", "--starting-token", token);

        rest.ExitCode.ShouldBe(0, rest.ToString());
        var all = firstPage.Concat(rest.Json["DBInstances"]!.AsArray()).Select(i => i!["DBInstanceIdentifier"]!.GetValue<string>()).ToList();
        all.Count.ShouldBe(45);
        all.Distinct().Count().ShouldBe(45);
        var instance = firstPage[0]!.AsObject();
        instance["Endpoint"]!["Port"]!.GetValue<int>().ShouldBeGreaterThan(0);
        instance["DBInstanceArn"]!.GetValue<string>().ShouldStartWith($"arn:aws:rds:us-east-1:{sandbox.Account.AccountId}:db:");
        instance["VpcSecurityGroups"]!.AsArray()[0]!["VpcSecurityGroupId"]!.GetValue<string>().ShouldStartWith("sg-");
        instance["DBSubnetGroup"]!["Subnets"]!.AsArray().Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task RdsModifyDbInstance_ThenDescribe_ShowsModifyingAndPendingValues(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = StandaloneInstance(sandbox);

        var deferred = await Cli(cli, sandbox, "rds", "modify-db-instance", "--db-instance-identifier", identifier, "--db-instance-class", "db.r6g.2xlarge", "--no-apply-immediately");
        deferred.ExitCode.ShouldBe(0, deferred.ToString());
        deferred.Json["DBInstance"]!["PendingModifiedValues"]!["DBInstanceClass"]!.GetValue<string>().ShouldBe("db.r6g.2xlarge");

        var immediate = await Cli(cli, sandbox, "rds", "modify-db-instance", "--db-instance-identifier", identifier, "--deletion-protection", "--apply-immediately");
        immediate.ExitCode.ShouldBe(0, immediate.ToString());
        var described = await Cli(cli, sandbox, "rds", "describe-db-instances", "--db-instance-identifier", identifier);
        var instance = described.Json["DBInstances"]!.AsArray()[0]!;
        instance["DBInstanceStatus"]!.GetValue<string>().ShouldBe("modifying");
        instance["DeletionProtection"]!.GetValue<bool>().ShouldBeTrue();

        var again = await Cli(cli, sandbox, "rds", "modify-db-instance", "--db-instance-identifier", identifier, "--publicly-accessible");
        again.ExitCode.ShouldNotBe(0);
        again.StandardError.ShouldContain("InvalidDBInstanceState");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task RdsSnapshots_DescribeAndAttributes_ParseWithTheCli(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { ClusterShare = 0.5 } });

        var snapshots = await Cli(cli, sandbox, "rds", "describe-db-snapshots", "--snapshot-type", "manual");
        snapshots.ExitCode.ShouldBe(0, snapshots.ToString());
        var list = snapshots.Json["DBSnapshots"]!.AsArray();
        list.ShouldNotBeEmpty();
        list.ShouldAllBe(s => s!["SnapshotType"]!.GetValue<string>() == "manual");
        var identifier = list[0]!["DBSnapshotIdentifier"]!.GetValue<string>();

        var attributes = await Cli(cli, sandbox, "rds", "describe-db-snapshot-attributes", "--db-snapshot-identifier", identifier);

        attributes.ExitCode.ShouldBe(0, attributes.ToString());
        var result = attributes.Json["DBSnapshotAttributesResult"]!;
        result["DBSnapshotIdentifier"]!.GetValue<string>().ShouldBe(identifier);
        result["DBSnapshotAttributes"]!.AsArray()[0]!["AttributeName"]!.GetValue<string>().ShouldBe("restore");
        var missing = await Cli(cli, sandbox, "rds", "describe-db-snapshot-attributes", "--db-snapshot-identifier", "no-such-snapshot");
        missing.StandardError.ShouldContain("DBSnapshotNotFound");
        var clusterSnapshots = await Cli(cli, sandbox, "rds", "describe-db-cluster-snapshots");
        clusterSnapshots.ExitCode.ShouldBe(0, clusterSnapshots.ToString());
        var clusterSnapshot = clusterSnapshots.Json["DBClusterSnapshots"]!.AsArray()[0]!["DBClusterSnapshotIdentifier"]!.GetValue<string>();
        var clusterAttributes = await Cli(cli, sandbox, "rds", "describe-db-cluster-snapshot-attributes", "--db-cluster-snapshot-identifier", clusterSnapshot);
        clusterAttributes.ExitCode.ShouldBe(0, clusterAttributes.ToString());
        clusterAttributes.Json["DBClusterSnapshotAttributesResult"]!["DBClusterSnapshotAttributes"]!.AsArray()[0]!["AttributeName"]!.GetValue<string>().ShouldBe("restore");
        var cluster = clusterSnapshots.Json["DBClusterSnapshots"]!.AsArray()[0]!["DBClusterIdentifier"]!.GetValue<string>();
        var enabled = sandbox.Read(s => s.Clusters[cluster].IamDatabaseAuthenticationEnabled);
        var modified = await Cli(cli, sandbox, "rds", "modify-db-cluster", "--db-cluster-identifier", cluster, enabled ? "--no-enable-iam-database-authentication" : "--enable-iam-database-authentication", "--no-apply-immediately");
        modified.ExitCode.ShouldBe(0, modified.ToString());
        modified.Json["DBCluster"]!["PendingModifiedValues"]!["IAMDatabaseAuthenticationEnabled"]!.GetValue<bool>().ShouldBe(!enabled);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task KmsKeyRotation_ListDescribeStatusEnable_ParseAndBehave(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });

        var keyId = await FirstCustomerKeyAsync(cli, sandbox);
        (await Cli(cli, sandbox, "kms", "get-key-rotation-status", "--key-id", keyId)).Json["KeyRotationEnabled"]!.GetValue<bool>().ShouldBeFalse();
        var enabled = await Cli(cli, sandbox, "kms", "enable-key-rotation", "--key-id", keyId);

        enabled.ExitCode.ShouldBe(0, enabled.ToString());
        var status = await Cli(cli, sandbox, "kms", "get-key-rotation-status", "--key-id", keyId);
        status.ExitCode.ShouldBe(0, status.ToString());
        status.Json["KeyRotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        var missing = await Cli(cli, sandbox, "kms", "describe-key", "--key-id", "0b1f0c3e-0000-4000-8000-000000000000");
        missing.ExitCode.ShouldNotBe(0);
        missing.StandardError.ShouldContain("NotFoundException");
    }

    // Rotation periods, on-demand rotation and the rotation list came to KMS in 2024: only v1's models have them (not v2.9's).
    [Fact]
    public async Task KmsKeyRotation_PeriodOnDemandAndList_ParseAndBehave()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var keyId = await FirstCustomerKeyAsync(AwsCli.V1, sandbox);

        (await Cli(AwsCli.V1, sandbox, "kms", "enable-key-rotation", "--key-id", keyId, "--rotation-period-in-days", "90")).ExitCode.ShouldBe(0);
        var status = await Cli(AwsCli.V1, sandbox, "kms", "get-key-rotation-status", "--key-id", keyId);
        status.Json["KeyRotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        status.Json["RotationPeriodInDays"]!.GetValue<int>().ShouldBe(90);

        (await Cli(AwsCli.V1, sandbox, "kms", "rotate-key-on-demand", "--key-id", keyId)).Json["KeyId"]!.GetValue<string>().ShouldBe(keyId);
        sandbox.Time.Advance(TimeSpan.FromMinutes(2));
        var rotations = await Cli(AwsCli.V1, sandbox, "kms", "list-key-rotations", "--key-id", keyId);
        rotations.ExitCode.ShouldBe(0, rotations.ToString());
        rotations.Json["Rotations"]!.AsArray().Select(r => r!["RotationType"]!.GetValue<string>()).ShouldContain("ON_DEMAND");
    }

    // The first symmetric customer-managed key, found the way a person would: list-keys, then describe-key each.
    private static async Task<string> FirstCustomerKeyAsync(AwsCli cli, TestSandbox sandbox)
    {
        var keys = await Cli(cli, sandbox, "kms", "list-keys");
        keys.ExitCode.ShouldBe(0, keys.ToString());
        foreach (var id in keys.Json["Keys"]!.AsArray().Select(k => k!["KeyId"]!.GetValue<string>()))
        {
            var described = await Cli(cli, sandbox, "kms", "describe-key", "--key-id", id);
            described.ExitCode.ShouldBe(0, described.ToString());
            var metadata = described.Json["KeyMetadata"]!.AsObject();
            if (metadata["KeyManager"]!.GetValue<string>() == "CUSTOMER" && metadata["KeySpec"]!.GetValue<string>() == "SYMMETRIC_DEFAULT")
            {
                metadata["KeyId"]!.GetValue<string>().ShouldBe(id);
                return id;
            }
        }

        throw new InvalidOperationException("The estate has no symmetric customer-managed key.");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Ec2SecurityGroups_DescribeThenRevokeIngress_RuleIsGone(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });

        var groups = await Cli(cli, sandbox, "ec2", "describe-security-groups", "--filters", "Name=group-name,Values=default");
        groups.ExitCode.ShouldBe(0, groups.ToString());
        groups.Json["SecurityGroups"]!.AsArray().Count.ShouldBe(1);
        var all = await Cli(cli, sandbox, "ec2", "describe-security-groups");
        var open = all.Json["SecurityGroups"]!.AsArray().First(g => g!["IpPermissions"]!.AsArray().Any(p => p!["IpRanges"]!.AsArray().Any(r => r!["CidrIp"]!.GetValue<string>() == "0.0.0.0/0")))!;
        var groupId = open["GroupId"]!.GetValue<string>();
        var port = open["IpPermissions"]!.AsArray()[0]!["FromPort"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var revoked = await Cli(cli, sandbox, "ec2", "revoke-security-group-ingress", "--group-id", groupId, "--protocol", "tcp", "--port", port, "--cidr", "0.0.0.0/0");

        revoked.ExitCode.ShouldBe(0, revoked.ToString());
        revoked.Json["Return"]!.GetValue<bool>().ShouldBeTrue();
        var after = await Cli(cli, sandbox, "ec2", "describe-security-groups", "--group-ids", groupId);
        after.Json["SecurityGroups"]!.AsArray()[0]!["IpPermissions"]!.AsArray()
            .SelectMany(p => p!["IpRanges"]!.AsArray()).Select(r => r!["CidrIp"]!.GetValue<string>()).ShouldNotContain("0.0.0.0/0");
        var rolledBack = await Cli(cli, sandbox, "ec2", "authorize-security-group-ingress", "--group-id", groupId, "--ip-permissions", $"IpProtocol=tcp,FromPort={port},ToPort={port},IpRanges=[{{CidrIp=0.0.0.0/0}}]");
        rolledBack.ExitCode.ShouldBe(0, rolledBack.ToString());
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task SecretsManagerListSecrets_Cli_ListsRdsManagedAndApplicationSecrets(string version)
    {
        var cli = AwsCli.For(version);
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await Cli(cli, sandbox, "secretsmanager", "list-secrets");

        result.ExitCode.ShouldBe(0, result.ToString());
        var secrets = result.Json["SecretList"]!.AsArray();
        secrets.ShouldContain(s => s!["OwningService"] != null && s["OwningService"]!.GetValue<string>() == "rds");
        secrets.ShouldContain(s => s!["Name"]!.GetValue<string>().Contains("/app/"));
        var name = secrets.First(s => s!["Name"]!.GetValue<string>().Contains("/app/"))!["Name"]!.GetValue<string>();
        var rotated = await Cli(cli, sandbox, "secretsmanager", "rotate-secret", "--secret-id", name, "--rotation-lambda-arn", "arn:aws:lambda:us-east-1:111111111111:function:rotate", "--rotation-rules", "AutomaticallyAfterDays=30");
        rotated.ExitCode.ShouldBe(0, rotated.ToString());
        var described = await Cli(cli, sandbox, "secretsmanager", "describe-secret", "--secret-id", name);
        described.ExitCode.ShouldBe(0, described.ToString());
        described.Json["RotationEnabled"]!.GetValue<bool>().ShouldBeTrue();
        described.Json["RotationRules"]!["AutomaticallyAfterDays"]!.GetValue<int>().ShouldBe(30);
    }

    [Fact]
    public async Task RdsRekey_CliCommands_CopyWithNewKeyRestoreAndDelete()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var old = StandaloneInstance(sandbox);
        var key = await Cli(AwsCli.V1, sandbox, "kms", "create-key", "--description", "rekey target");
        key.ExitCode.ShouldBe(0, key.ToString());
        var keyArn = key.Json["KeyMetadata"]!["Arn"]!.GetValue<string>();

        (await Cli(AwsCli.V1, sandbox, "rds", "create-db-snapshot", "--db-instance-identifier", old, "--db-snapshot-identifier", "rekey-1")).ExitCode.ShouldBe(0);
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));
        var shared = await Cli(AwsCli.V1, sandbox, "rds", "modify-db-snapshot-attribute", "--db-snapshot-identifier", "rekey-1", "--attribute-name", "restore", "--values-to-add", sandbox.Server.Accounts[1].AccountId);
        shared.ExitCode.ShouldBe(0, shared.ToString());
        shared.Json["DBSnapshotAttributesResult"]!["DBSnapshotAttributes"]!.AsArray()[0]!["AttributeValues"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe([sandbox.Server.Accounts[1].AccountId]);
        var copy = await Cli(AwsCli.V1, sandbox, "rds", "copy-db-snapshot", "--source-db-snapshot-identifier", "rekey-1", "--target-db-snapshot-identifier", "rekey-1-copy", "--kms-key-id", keyArn);
        copy.ExitCode.ShouldBe(0, copy.ToString());
        copy.Json["DBSnapshot"]!["Encrypted"]!.GetValue<bool>().ShouldBeTrue();
        sandbox.Time.Advance(TimeSpan.FromMinutes(5));

        var restored = await Cli(AwsCli.V1, sandbox, "rds", "restore-db-instance-from-db-snapshot", "--db-instance-identifier", old + "-rekeyed", "--db-snapshot-identifier", "rekey-1-copy");
        restored.ExitCode.ShouldBe(0, restored.ToString());
        restored.Json["DBInstance"]!["KmsKeyId"]!.GetValue<string>().ShouldBe(keyArn);
        var deleted = await Cli(AwsCli.V1, sandbox, "rds", "delete-db-instance", "--db-instance-identifier", old, "--skip-final-snapshot");

        deleted.ExitCode.ShouldBe(0, deleted.ToString());
        deleted.Json["DBInstance"]!["DBInstanceStatus"]!.GetValue<string>().ShouldBe("deleting");
    }

    [Fact]
    public async Task CloudTrailAndGuardDuty_Cli_JsonAndRestJsonParse()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 0 } });

        var trails = await Cli(AwsCli.V1, sandbox, "cloudtrail", "describe-trails");
        trails.ExitCode.ShouldBe(0, trails.ToString());
        var trail = trails.Json["trailList"]!.AsArray().ShouldHaveSingleItem()!;
        trail["IsMultiRegionTrail"]!.GetValue<bool>().ShouldBeTrue();
        var status = await Cli(AwsCli.V1, sandbox, "cloudtrail", "get-trail-status", "--name", trail["TrailARN"]!.GetValue<string>());
        status.ExitCode.ShouldBe(0, status.ToString());
        status.Json["IsLogging"]!.GetValue<bool>().ShouldBeTrue();

        var detectors = await Cli(AwsCli.V1, sandbox, "guardduty", "list-detectors", "--max-results", "10");
        detectors.ExitCode.ShouldBe(0, detectors.ToString());
        var detectorId = detectors.Json["DetectorIds"]!.AsArray().ShouldHaveSingleItem()!.GetValue<string>();
        var detector = await Cli(AwsCli.V1, sandbox, "guardduty", "get-detector", "--detector-id", detectorId);
        detector.ExitCode.ShouldBe(0, detector.ToString());
        detector.Json["Status"]!.GetValue<string>().ShouldBe("ENABLED");
        detector.Json["Features"]!.AsArray().ShouldContain(f => f!["Name"]!.GetValue<string>() == "RDS_LOGIN_EVENTS");
        var missing = await Cli(AwsCli.V1, sandbox, "guardduty", "get-detector", "--detector-id", "0123456789abcdef0123456789abcdef");
        missing.StandardError.ShouldContain("BadRequestException");
    }

    [Fact]
    public async Task RdsParameterGroups_Cli_DescribeAndModify()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { InstancesPerRegion = 12 } });
        var group = sandbox.Read(s => s.ParameterGroups.Values.First(g => !g.IsDefault && g.Family.StartsWith("postgres", StringComparison.Ordinal)).Name);

        var modified = await Cli(AwsCli.V1, sandbox, "rds", "modify-db-parameter-group", "--db-parameter-group-name", group, "--parameters", "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate");
        modified.ExitCode.ShouldBe(0, modified.ToString());
        var described = await Cli(AwsCli.V1, sandbox, "rds", "describe-db-parameters", "--db-parameter-group-name", group, "--source", "user");

        described.ExitCode.ShouldBe(0, described.ToString());
        var parameter = described.Json["Parameters"]!.AsArray().Single(p => p!["ParameterName"]!.GetValue<string>() == "rds.force_ssl")!;
        parameter["ParameterValue"]!.GetValue<string>().ShouldBe("1");
        parameter["IsModifiable"]!.GetValue<bool>().ShouldBeTrue();
        var groups = await Cli(AwsCli.V1, sandbox, "rds", "describe-db-parameter-groups");
        groups.Json["DBParameterGroups"]!.AsArray().Select(g => g!["DBParameterGroupName"]!.GetValue<string>()).ShouldContain(group);
    }

    [Fact]
    public async Task EventQueue_AfterAModification_CliReceivesTheCloudTrailEventAndDeletesIt()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var identifier = StandaloneInstance(sandbox);
        (await Cli(AwsCli.V1, sandbox, "rds", "modify-db-instance", "--db-instance-identifier", identifier, "--no-publicly-accessible", "--apply-immediately")).ExitCode.ShouldBe(0);

        var url = (await Cli(AwsCli.V1, sandbox, "sqs", "get-queue-url", "--queue-name", "flywheel-events")).Json["QueueUrl"]!.GetValue<string>();
        var received = await Cli(AwsCli.V1, sandbox, "sqs", "receive-message", "--queue-url", url, "--max-number-of-messages", "10", "--attribute-names", "All");

        received.ExitCode.ShouldBe(0, received.ToString());
        var message = received.Json["Messages"]!.AsArray().ShouldHaveSingleItem()!;
        var recorded = JsonNode.Parse(message["Body"]!.GetValue<string>())!;
        recorded["detail"]!["eventName"]!.GetValue<string>().ShouldBe("ModifyDBInstance");
        recorded["detail"]!["requestParameters"]!["dBInstanceIdentifier"]!.GetValue<string>().ShouldBe(identifier);
        message["Attributes"]!["ApproximateReceiveCount"]!.GetValue<string>().ShouldBe("1");
        var deleted = await Cli(AwsCli.V1, sandbox, "sqs", "delete-message", "--queue-url", url, "--receipt-handle", message["ReceiptHandle"]!.GetValue<string>());
        deleted.ExitCode.ShouldBe(0, deleted.ToString());
        var missing = await Cli(AwsCli.V1, sandbox, "sqs", "get-queue-url", "--queue-name", "nope");
        missing.StandardError.ShouldContain("NonExistentQueue");
    }

    [Fact]
    public async Task SsmAutomation_Cli_StartAndGetParse()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Estate = new SandboxEstateSpec { MisconfigurationRate = 1 } });
        var resourceId = sandbox.Read(s => s.Instances.Values.First(i => i.ClusterIdentifier is null).DbiResourceId);

        var started = await Cli(AwsCli.V1, sandbox, "ssm", "start-automation-execution", "--document-name", "AWSConfigRemediation-EnableRDSInstanceBackup", "--parameters", $"DbiResourceId={resourceId},BackupRetentionPeriod=14");
        started.ExitCode.ShouldBe(0, started.ToString());
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var execution = await Cli(AwsCli.V1, sandbox, "ssm", "get-automation-execution", "--automation-execution-id", started.Json["AutomationExecutionId"]!.GetValue<string>());

        execution.ExitCode.ShouldBe(0, execution.ToString());
        execution.Json["AutomationExecution"]!["AutomationExecutionStatus"]!.GetValue<string>().ShouldBe("Success");
        execution.Json["AutomationExecution"]!["Parameters"]!["BackupRetentionPeriod"]!.AsArray()[0]!.GetValue<string>().ShouldBe("14");
        sandbox.Read(s => s.Instances.Values.Single(i => i.DbiResourceId == resourceId).BackupRetentionPeriod).ShouldBe(14);
    }

    [Fact]
    public async Task Throttled_Cli_RecognisesTheCodeAsThrottlingAndRetries()
    {
        await using var sandbox = await TestSandbox.StartAsync(new SandboxOptions { Faults = new SandboxFaultOptions { ThrottleRatePerSecond = 1, ThrottleBurst = 1 } });
        (await Cli(AwsCli.V1, sandbox, "rds", "describe-db-instances")).ExitCode.ShouldBe(0);

        var env = AwsCli.Environment(sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, null);
        env["AWS_MAX_ATTEMPTS"] = "2";
        env["AWS_RETRY_MODE"] = "standard";
        var throttled = await AwsCli.V1.RunAsync(sandbox.Server, env, "rds", "describe-db-instances");

        // The fake clock does not move, so the bucket stays empty: botocore must classify the error as throttling and retry.
        throttled.ExitCode.ShouldNotBe(0);
        throttled.StandardError.ShouldContain("(Throttling)");
        throttled.StandardError.ShouldContain("reached max retries: 1");
    }

    private static Task<CliResult> Cli(AwsCli cli, TestSandbox sandbox, params string[] arguments) =>
        cli.RunAsync(sandbox.Server, sandbox.Account.AccessKeyId, sandbox.Account.SecretAccessKey, arguments);

    private static string StandaloneInstance(TestSandbox sandbox)
    {
        var state = sandbox.Server.Estate.Region(sandbox.Account.AccountId, "us-east-1");
        lock (state.Gate)
        {
            return state.Instances.Values.First(i => i.ClusterIdentifier is null).Identifier;
        }
    }
}
