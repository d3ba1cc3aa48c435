using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

public sealed class ExportDirectoryCollectorTests
{
    private const string Acct = ExportTree.Account;
    private const string Rgn = ExportTree.Region;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CollectAsync_Instance_MapsEveryField()
    {
        using var tree = new ExportTree().File("rds/describe-db-instances.json", """
            {
              "DBInstances": [
                {
                  "DBInstanceIdentifier": "orders-db",
                  "DBInstanceClass": "db.m6g.large",
                  "Engine": "postgres",
                  "DBInstanceStatus": "available",
                  "MasterUsername": "orders_admin",
                  "Endpoint": {"Address": "orders-db.abc.us-east-1.rds.amazonaws.com", "Port": 5432, "HostedZoneId": "Z2R2ITUGPM61AM"},
                  "AllocatedStorage": 100,
                  "InstanceCreateTime": "2024-03-01T10:15:30.123000+00:00",
                  "BackupRetentionPeriod": 14,
                  "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-0a1b2c3d4e5f60718", "Status": "active"}],
                  "DBParameterGroups": [{"DBParameterGroupName": "orders-pg16", "ParameterApplyStatus": "in-sync"}],
                  "DBSubnetGroup": {
                    "DBSubnetGroupName": "private-db", "VpcId": "vpc-0123456789abcdef0",
                    "Subnets": [{"SubnetIdentifier": "subnet-0aaa"}, {"SubnetIdentifier": "subnet-0bbb"}]
                  },
                  "PreferredMaintenanceWindow": "sun:05:00-sun:05:30",
                  "MultiAZ": true,
                  "EngineVersion": "16.4",
                  "AutoMinorVersionUpgrade": true,
                  "OptionGroupMemberships": [{"OptionGroupName": "default:postgres-16", "Status": "in-sync"}],
                  "PubliclyAccessible": false,
                  "StorageType": "gp3",
                  "DbInstancePort": 0,
                  "StorageEncrypted": true,
                  "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                  "DbiResourceId": "db-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  "CACertificateIdentifier": "rds-ca-rsa2048-g1",
                  "CopyTagsToSnapshot": true,
                  "MonitoringInterval": 60,
                  "DBInstanceArn": "arn:aws:rds:us-east-1:123456789012:db:orders-db",
                  "IAMDatabaseAuthenticationEnabled": true,
                  "PerformanceInsightsEnabled": true,
                  "PerformanceInsightsKMSKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                  "EnabledCloudwatchLogsExports": ["postgresql", "upgrade"],
                  "DeletionProtection": true,
                  "TagList": [{"Key": "team", "Value": "orders"}],
                  "DBInstanceAutomatedBackupsReplications": [{"DBInstanceAutomatedBackupsArn": "arn:aws:rds:us-west-2:123456789012:auto-backup:ab-xyz"}],
                  "CertificateDetails": {"CAIdentifier": "rds-ca-rsa2048-g1", "ValidTill": "2027-03-01T10:13:00+00:00"},
                  "MasterUserSecret": {"SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1-AbCdEf", "SecretStatus": "active", "KmsKeyId": "alias/aws/secretsmanager"},
                  "EngineLifecycleSupport": "open-source-rds-extended-support",
                  "SomeFieldFromTheFuture": {"ignored": true}
                }
              ]
            }
            """);

        var inventory = await Collect(tree);

        var db = inventory.Of<DbInstance>().ShouldHaveSingleItem();
        db.ShouldBe(new DbInstance
        {
            AccountId = Acct,
            Region = Rgn,
            Arn = "arn:aws:rds:us-east-1:123456789012:db:orders-db",
            Tags = db.Tags,
            Identifier = "orders-db",
            DbiResourceId = "db-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            Engine = "postgres",
            EngineVersion = "16.4",
            InstanceClass = "db.m6g.large",
            Status = "available",
            PubliclyAccessible = false,
            Port = 5432,
            VpcId = "vpc-0123456789abcdef0",
            SubnetGroupName = "private-db",
            SubnetIds = db.SubnetIds,
            VpcSecurityGroupIds = db.VpcSecurityGroupIds,
            ParameterGroupNames = db.ParameterGroupNames,
            OptionGroupNames = db.OptionGroupNames,
            StorageEncrypted = true,
            KmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            BackupRetentionPeriod = 14,
            CopyTagsToSnapshot = true,
            DeletionProtection = true,
            IamDatabaseAuthenticationEnabled = true,
            MasterUsername = "orders_admin",
            MasterUserSecret = new MasterUserSecret("arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1-AbCdEf", "active", "alias/aws/secretsmanager"),
            MonitoringInterval = 60,
            EnabledCloudwatchLogsExports = db.EnabledCloudwatchLogsExports,
            AutoMinorVersionUpgrade = true,
            PerformanceInsightsEnabled = true,
            PerformanceInsightsKmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            CaCertificateIdentifier = "rds-ca-rsa2048-g1",
            CertificateValidTill = new DateTimeOffset(2027, 3, 1, 10, 13, 0, TimeSpan.Zero),
            MultiAz = true,
            StorageType = "gp3",
            AllocatedStorageGiB = 100,
            InstanceCreateTime = new DateTimeOffset(2024, 3, 1, 10, 15, 30, 123, TimeSpan.Zero),
            EngineLifecycleSupport = "open-source-rds-extended-support",
            AutomatedBackupReplicationArns = db.AutomatedBackupReplicationArns,
            PreferredMaintenanceWindow = "sun:05:00-sun:05:30",
        });
        db.Tags.ShouldBe(new Dictionary<string, string> { ["team"] = "orders" });
        db.SubnetIds.ShouldBe(["subnet-0aaa", "subnet-0bbb"]);
        db.VpcSecurityGroupIds.ShouldBe(["sg-0a1b2c3d4e5f60718"]);
        db.ParameterGroupNames.ShouldBe(["orders-pg16"]);
        db.OptionGroupNames.ShouldBe(["default:postgres-16"]);
        db.EnabledCloudwatchLogsExports.ShouldBe(["postgresql", "upgrade"]);
        db.AutomatedBackupReplicationArns.ShouldBe(["arn:aws:rds:us-west-2:123456789012:auto-backup:ab-xyz"]);
        inventory.Scopes.ShouldBe([new InventoryScope(Acct, Rgn)]);
        inventory.CollectedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task CollectAsync_InstanceWithoutLogExportsOrArn_EmptyExportsAndSyntheticArn()
    {
        using var tree = new ExportTree().File("rds/describe-db-instances.json", """
            {"DBInstances": [{"DBInstanceIdentifier": "legacy", "Engine": "mysql", "InstanceCreateTime": 1469731458.889}]}
            """);

        var db = (await Collect(tree)).Of<DbInstance>().ShouldHaveSingleItem();

        db.Arn.ShouldBe("arn:aws:rds:us-east-1:123456789012:db:legacy");
        db.EnabledCloudwatchLogsExports.ShouldBe([]);
        db.DeletionProtection.ShouldBeNull();
        db.InstanceCreateTime.ShouldBe(new DateTimeOffset(2016, 7, 28, 18, 44, 18, 889, TimeSpan.Zero));
    }

    [Fact]
    public async Task CollectAsync_Cluster_MapsMembersAndSettings()
    {
        using var tree = new ExportTree().File("rds/describe-db-clusters.json", """
            {"DBClusters": [{
              "DBClusterIdentifier": "ledger", "DBClusterArn": "arn:aws:rds:us-east-1:123456789012:cluster:ledger",
              "Engine": "aurora-postgresql", "EngineVersion": "16.4", "EngineMode": "provisioned", "Status": "available",
              "Port": 5432, "DBSubnetGroup": "private-db", "DBClusterParameterGroup": "ledger-apg16",
              "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-1", "Status": "active"}],
              "DBClusterMembers": [{"DBInstanceIdentifier": "ledger-1", "IsClusterWriter": true}, {"DBInstanceIdentifier": "ledger-2", "IsClusterWriter": false}],
              "StorageEncrypted": true, "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/k", "BackupRetentionPeriod": 7,
              "CopyTagsToSnapshot": false, "DeletionProtection": false, "IAMDatabaseAuthenticationEnabled": false,
              "MasterUsername": "postgres", "EnabledCloudwatchLogsExports": ["postgresql"], "AutoMinorVersionUpgrade": false,
              "PubliclyAccessible": false, "MultiAZ": true, "DBClusterInstanceClass": "db.r6gd.large",
              "CertificateDetails": {"CAIdentifier": "rds-ca-rsa2048-g1", "ValidTill": "2027-01-01T00:00:00Z"},
              "ClusterCreateTime": "2024-01-02T03:04:05.000000+00:00", "TagList": [{"Key": "env", "Value": "prod"}]
            }]}
            """);

        var cluster = (await Collect(tree)).Of<DbCluster>().ShouldHaveSingleItem();

        cluster.Identifier.ShouldBe("ledger");
        cluster.IsAurora.ShouldBeTrue();
        cluster.MemberInstanceIdentifiers.ShouldBe(["ledger-1", "ledger-2"]);
        cluster.ParameterGroupName.ShouldBe("ledger-apg16");
        cluster.SubnetGroupName.ShouldBe("private-db");
        cluster.VpcSecurityGroupIds.ShouldBe(["sg-1"]);
        cluster.CopyTagsToSnapshot.ShouldBe(false);
        cluster.MasterUsername.ShouldBe("postgres");
        cluster.ClusterInstanceClass.ShouldBe("db.r6gd.large");
        cluster.CaCertificateIdentifier.ShouldBe("rds-ca-rsa2048-g1");
        cluster.CertificateValidTill.ShouldBe(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        cluster.ClusterCreateTime.ShouldBe(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        cluster.Tags["env"].ShouldBe("prod");
    }

    [Fact]
    public async Task CollectAsync_MissingListFile_GapNotInExport()
    {
        using var tree = new ExportTree().File("rds/describe-db-instances.json", """{"DBInstances": []}""");

        var inventory = await Collect(tree);

        inventory.FindGap(Acct, Rgn, Dataset.RdsDbInstances).ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.RdsDbClusters).ShouldBe(new CollectionGap(Acct, Rgn, Dataset.RdsDbClusters, "not in the export"));
        inventory.FindGap(Acct, Rgn, Dataset.Ec2SecurityGroups)!.Reason.ShouldBe("not in the export");
        inventory.Gaps.Where(g => g.ResourceId is null).Select(g => g.Dataset).ShouldNotContain(Dataset.RdsDbInstances);
    }

    [Fact]
    public async Task CollectAsync_ErrorFile_GapWithCliMessage()
    {
        const string Denied = "An error occurred (AccessDeniedException) when calling the ListKeys operation: User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: kms:ListKeys";
        using var tree = new ExportTree().File("kms/list-keys.error", "\n" + Denied + "\n\n");

        var inventory = await Collect(tree);

        inventory.FindGap(Acct, Rgn, Dataset.KmsKeys).ShouldBe(new CollectionGap(Acct, Rgn, Dataset.KmsKeys, Denied));
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotationStatus)!.Reason.ShouldBe("kms list-keys: " + Denied);
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyPolicies)!.Reason.ShouldBe("kms list-keys: " + Denied);
    }

    [Fact]
    public async Task CollectAsync_Snapshots_ManualNeedAttributesAutomatedDoNot()
    {
        using var tree = new ExportTree()
            .File("rds/describe-db-snapshots.json", """
                {"DBSnapshots": [
                  {"DBSnapshotIdentifier": "rds:orders-db-2026-11-22-04-10", "DBInstanceIdentifier": "orders-db", "SnapshotType": "automated", "Encrypted": true, "Engine": "postgres"},
                  {"DBSnapshotIdentifier": "orders-before-upgrade", "DBInstanceIdentifier": "orders-db", "SnapshotType": "manual", "Encrypted": false, "AllocatedStorage": 100,
                   "SnapshotCreateTime": "2026-10-01T08:00:00.000000+00:00", "DBSnapshotArn": "arn:aws:rds:us-east-1:123456789012:snapshot:orders-before-upgrade"},
                  {"DBSnapshotIdentifier": "orders-unknown", "SnapshotType": "manual"}
                ]}
                """)
            .File("rds/describe-db-snapshot-attributes/orders-before-upgrade.json", """
                {"DBSnapshotAttributesResult": {"DBSnapshotIdentifier": "orders-before-upgrade",
                  "DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": ["all", "444455556666"]}]}}
                """)
            .File("rds/describe-db-cluster-snapshots.json", """
                {"DBClusterSnapshots": [{"DBClusterSnapshotIdentifier": "ledger-final", "DBClusterIdentifier": "ledger", "SnapshotType": "manual", "StorageEncrypted": true, "KmsKeyId": "k"}]}
                """)
            .File("rds/describe-db-cluster-snapshot-attributes/ledger-final.json", """
                {"DBClusterSnapshotAttributesResult": {"DBClusterSnapshotIdentifier": "ledger-final",
                  "DBClusterSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": []}]}}
                """);

        var inventory = await Collect(tree);

        var snapshots = inventory.Of<DbSnapshot>().ToDictionary(s => s.Identifier);
        snapshots["rds:orders-db-2026-11-22-04-10"].RestoreAttributeValues.ShouldBeNull();
        snapshots["orders-before-upgrade"].RestoreAttributeValues.ShouldBe(["all", "444455556666"]);
        snapshots["orders-before-upgrade"].Encrypted.ShouldBe(false);
        snapshots["orders-before-upgrade"].SnapshotCreateTime.ShouldBe(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        snapshots["orders-unknown"].RestoreAttributeValues.ShouldBeNull();
        snapshots["orders-unknown"].Arn.ShouldBe("arn:aws:rds:us-east-1:123456789012:snapshot:orders-unknown");
        snapshots["ledger-final"].Kind.ShouldBe(SnapshotKind.Cluster);
        snapshots["ledger-final"].Encrypted.ShouldBe(true);
        snapshots["ledger-final"].RestoreAttributeValues.ShouldBe([]);
        inventory.Gaps.Where(g => g.ResourceId is not null).ShouldBe([
            new CollectionGap(Acct, Rgn, Dataset.RdsDbSnapshotAttributes, "not in the export", "orders-unknown"),
        ]);
    }

    [Fact]
    public async Task CollectAsync_ParameterGroups_ValuesOrPerGroupGap()
    {
        using var tree = new ExportTree()
            .File("rds/describe-db-parameter-groups.json", """
                {"DBParameterGroups": [
                  {"DBParameterGroupName": "orders-pg16", "DBParameterGroupFamily": "postgres16", "DBParameterGroupArn": "arn:aws:rds:us-east-1:123456789012:pg:orders-pg16"},
                  {"DBParameterGroupName": "default:odd/name", "DBParameterGroupFamily": "mysql8.0"}
                ]}
                """)
            .File("rds/describe-db-parameters/orders-pg16.json", """
                {"Parameters": [{"ParameterName": "rds.force_ssl", "ParameterValue": "1", "Source": "user"}, {"ParameterName": "application_name", "Source": "engine-default"}]}
                """)
            .File("rds/describe-db-cluster-parameter-groups.json", """{"DBClusterParameterGroups": [{"DBClusterParameterGroupName": "ledger-apg16", "DBParameterGroupFamily": "aurora-postgresql16"}]}""")
            .File("rds/describe-db-cluster-parameters/ledger-apg16.error", "An error occurred (Throttling) when calling the DescribeDBClusterParameters operation (reached max retries: 2): Rate exceeded");

        var inventory = await Collect(tree);

        var pg = inventory.FindParameterGroup(Acct, Rgn, "orders-pg16", isCluster: false).ShouldNotBeNull();
        pg.Family.ShouldBe("postgres16");
        pg.Parameters.ShouldNotBeNull();
        pg.Parameters["rds.force_ssl"].ShouldBe("1");
        pg.Parameters["application_name"].ShouldBeNull();
        inventory.FindParameterGroup(Acct, Rgn, "default:odd/name", isCluster: false)!.Parameters.ShouldBeNull();
        inventory.FindParameterGroup(Acct, Rgn, "ledger-apg16", isCluster: true)!.Parameters.ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.RdsDbParameters, "default:odd/name")!.Reason.ShouldBe("not in the export");
        inventory.FindGap(Acct, Rgn, Dataset.RdsDbClusterParameters, "ledger-apg16")!.Reason
            .ShouldBe("An error occurred (Throttling) when calling the DescribeDBClusterParameters operation (reached max retries: 2): Rate exceeded");
    }

    [Fact]
    public async Task CollectAsync_PercentEncodedKeyFile_IsFoundForItsGroup()
    {
        using var tree = new ExportTree()
            .File("rds/describe-db-parameter-groups.json", """{"DBParameterGroups": [{"DBParameterGroupName": "default:odd/name"}]}""")
            .File("rds/describe-db-parameters/default%3Aodd%2Fname.json", """{"Parameters": [{"ParameterName": "require_secure_transport", "ParameterValue": "0"}]}""");

        var inventory = await Collect(tree);

        inventory.FindParameterGroup(Acct, Rgn, "default:odd/name", isCluster: false)!.Parameters!["require_secure_transport"].ShouldBe("0");
    }

    [Fact]
    public async Task CollectAsync_OptionGroupProxyEventSubscriptionBackups_Mapped()
    {
        using var tree = new ExportTree()
            .File("rds/describe-option-groups.json", """
                {"OptionGroupsList": [{"OptionGroupName": "hr-oracle-ssl", "EngineName": "oracle-ee", "MajorEngineVersion": "19",
                  "Options": [{"OptionName": "SSL", "Port": 2484, "OptionSettings": [{"Name": "SQLNET.SSL_VERSION", "Value": "1.2"}, {"Name": "FIPS.SSLFIPS_140", "Value": "FALSE"}]}]}]}
                """)
            .File("rds/describe-db-proxies.json", """
                {"DBProxies": [{"DBProxyName": "orders-proxy", "DBProxyArn": "arn:aws:rds:us-east-1:123456789012:db-proxy:prx-0123", "EngineFamily": "POSTGRESQL",
                  "Status": "available", "RequireTLS": false, "VpcId": "vpc-1", "VpcSecurityGroupIds": ["sg-1"],
                  "Auth": [{"AuthScheme": "SECRETS", "SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-app-Ab12Cd", "IAMAuth": "DISABLED"}]}]}
                """)
            .File("rds/describe-event-subscriptions.json", """
                {"EventSubscriptionsList": [{"CustomerAwsId": "123456789012", "CustSubscriptionId": "db-ops", "SnsTopicArn": "arn:aws:sns:us-east-1:123456789012:db-ops",
                  "Status": "active", "SourceType": "db-instance", "EventCategoriesList": ["failure", "maintenance"], "Enabled": true,
                  "EventSubscriptionArn": "arn:aws:rds:us-east-1:123456789012:es:db-ops"}]}
                """)
            .File("rds/describe-db-instance-automated-backups.json", """
                {"DBInstanceAutomatedBackups": [{"DBInstanceArn": "arn:aws:rds:us-east-1:123456789012:db:orders-db", "DbiResourceId": "db-ABC", "Region": "us-east-1",
                  "DBInstanceIdentifier": "orders-db", "Status": "active", "Encrypted": true, "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/k",
                  "BackupRetentionPeriod": 14, "DBInstanceAutomatedBackupsArn": "arn:aws:rds:us-east-1:123456789012:auto-backup:ab-abc"}]}
                """);

        var inventory = await Collect(tree);

        var og = inventory.FindOptionGroup(Acct, Rgn, "hr-oracle-ssl").ShouldNotBeNull();
        var ssl = og.Options.ShouldHaveSingleItem();
        ssl.OptionName.ShouldBe("SSL");
        ssl.Port.ShouldBe(2484);
        ssl.Settings["SQLNET.SSL_VERSION"].ShouldBe("1.2");
        var proxy = inventory.Of<DbProxy>().ShouldHaveSingleItem();
        proxy.RequireTls.ShouldBe(false);
        proxy.AuthSecretArns.ShouldBe(["arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-app-Ab12Cd"]);
        proxy.AuthIamModes.ShouldBe(["DISABLED"]);
        var subscription = inventory.EventSubscriptionsIn(Acct, Rgn).ShouldHaveSingleItem();
        subscription.SourceType.ShouldBe("db-instance");
        subscription.EventCategories.ShouldBe(["failure", "maintenance"]);
        subscription.SourceIds.ShouldBe([]);
        var backup = inventory.Of<AutomatedBackup>().ShouldHaveSingleItem();
        backup.SourceRegion.ShouldBe("us-east-1");
        backup.Arn.ShouldBe("arn:aws:rds:us-east-1:123456789012:auto-backup:ab-abc");
        backup.BackupRetentionPeriod.ShouldBe(14);
    }

    [Fact]
    public async Task CollectAsync_AutomatedBackupWithoutResourceId_IdentifiedByInstanceName()
    {
        // What an emulator (moto) answers: not every member AWS sends.
        using var tree = new ExportTree().File("rds/describe-db-instance-automated-backups.json", """
            {"DBInstanceAutomatedBackups": [{"DBInstanceIdentifier": "smoke-pg", "Status": "active"}]}
            """);

        var backup = (await Collect(tree)).Of<AutomatedBackup>().ShouldHaveSingleItem();

        backup.DbiResourceId.ShouldBe("smoke-pg");
        backup.Arn.ShouldBe("arn:aws:rds:us-east-1:123456789012:auto-backup:smoke-pg");
        backup.Encrypted.ShouldBeNull();
    }

    [Fact]
    public async Task CollectAsync_EngineVersions_JoinLifecycleAndGapPerEngine()
    {
        using var tree = new ExportTree()
            .File("rds/describe-db-instances.json", """
                {"DBInstances": [{"DBInstanceIdentifier": "a", "Engine": "postgres", "EngineVersion": "12.22"}, {"DBInstanceIdentifier": "b", "Engine": "mariadb"}]}
                """)
            .File("rds/describe-db-engine-versions/postgres.json", """
                {"DBEngineVersions": [
                  {"Engine": "postgres", "EngineVersion": "12.22", "MajorEngineVersion": "12", "Status": "available", "DBParameterGroupFamily": "postgres12"},
                  {"Engine": "postgres", "EngineVersion": "12.9", "MajorEngineVersion": "12", "Status": "deprecated"}
                ]}
                """)
            .File("rds/describe-db-major-engine-versions.json", """
                {"DBMajorEngineVersions": [{"Engine": "postgres", "MajorEngineVersion": "12", "SupportedEngineLifecycles": [
                  {"LifecycleSupportName": "open-source-rds-standard-support", "LifecycleSupportStartDate": "2020-05-12T00:00:00+00:00", "LifecycleSupportEndDate": "2025-02-28T23:59:59.999000+00:00"},
                  {"LifecycleSupportName": "open-source-rds-extended-support", "LifecycleSupportStartDate": "2025-03-01T00:00:00+00:00", "LifecycleSupportEndDate": "2028-02-29T23:59:59.999000+00:00"}
                ]}]}
                """);

        var inventory = await Collect(tree);

        var current = inventory.FindEngineVersion(Acct, Rgn, "postgres", "12.22").ShouldNotBeNull();
        current.Status.ShouldBe("available");
        current.MajorVersion.ShouldBe("12");
        current.StandardSupportEnd.ShouldBe(new DateTimeOffset(2025, 2, 28, 23, 59, 59, 999, TimeSpan.Zero));
        current.ExtendedSupportEnd.ShouldBe(new DateTimeOffset(2028, 2, 29, 23, 59, 59, 999, TimeSpan.Zero));
        inventory.FindEngineVersion(Acct, Rgn, "postgres", "12.9")!.Status.ShouldBe("deprecated");
        inventory.FindGap(Acct, Rgn, Dataset.RdsEngineVersions, "mariadb").ShouldBe(
            new CollectionGap(Acct, Rgn, Dataset.RdsEngineVersions, "not in the export", "mariadb"));
        inventory.FindGap(Acct, Rgn, Dataset.RdsEngineVersions, "postgres").ShouldBeNull();
    }

    [Theory]
    [InlineData("AWS", false)]
    [InlineData("CUSTOMER", true)]
    public async Task CollectAsync_KeyWithoutPolicyGrantsOrRotationFiles_IsAGapOnlyForCustomerManagedKeys(string keyManager, bool gap)
    {
        const string Id = "0d3f5e2a-12ab-34cd-56ef-1234567890ab";
        using var tree = new ExportTree()
            .File("kms/list-keys.json", $$"""{"Keys": [{"KeyId": "{{Id}}"}]}""")
            .File("kms/list-aliases.json", """{"Aliases": []}""")
            .File($"kms/describe-key/{Id}.json", $$$"""
                {"KeyMetadata": {"KeyId": "{{{Id}}}", "KeyUsage": "ENCRYPT_DECRYPT", "KeyState": "Enabled", "Origin": "AWS_KMS",
                  "KeyManager": "{{{keyManager}}}", "KeySpec": "SYMMETRIC_DEFAULT"}}
                """);

        var inventory = await Collect(tree);

        foreach (var dataset in new[] { Dataset.KmsKeyPolicies, Dataset.KmsGrants, Dataset.KmsKeyRotationStatus, Dataset.KmsKeyRotations })
        {
            var found = inventory.FindGap(Acct, Rgn, dataset, Id);
            (found is not null).ShouldBe(gap, dataset.ToString());
            found?.Reason.ShouldBe("not in the export");
        }
    }

    [Fact]
    public async Task CollectAsync_KmsKey_MapsMetadataRotationPolicyGrantsAliases()
    {
        const string Id = "1234abcd-12ab-34cd-56ef-1234567890ab";
        using var tree = new ExportTree()
            .File("kms/list-keys.json", $$"""{"Keys": [{"KeyId": "{{Id}}", "KeyArn": "arn:aws:kms:us-east-1:123456789012:key/{{Id}}"}]}""")
            .File("kms/list-aliases.json", $$"""{"Aliases": [{"AliasName": "alias/orders", "TargetKeyId": "{{Id}}"}, {"AliasName": "alias/aws/s3"}]}""")
            .File($"kms/describe-key/{Id}.json", $$$"""
                {"KeyMetadata": {"AWSAccountId": "123456789012", "KeyId": "{{{Id}}}", "Arn": "arn:aws:kms:us-east-1:123456789012:key/{{{Id}}}",
                  "CreationDate": "2023-05-04T10:00:00.000000+00:00", "Enabled": true, "Description": "orders data", "KeyUsage": "ENCRYPT_DECRYPT",
                  "KeyState": "Enabled", "Origin": "AWS_KMS", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT", "MultiRegion": false}}
                """)
            .File($"kms/get-key-rotation-status/{Id}.json", $$"""
                {"KeyRotationEnabled": true, "KeyId": "{{Id}}", "RotationPeriodInDays": 365, "NextRotationDate": "2027-05-04T10:00:00+00:00"}
                """)
            .File($"kms/list-key-rotations/{Id}.json", $$"""
                {"Rotations": [{"KeyId": "{{Id}}", "RotationDate": "2025-05-04T10:00:00+00:00", "RotationType": "AUTOMATIC"},
                               {"KeyId": "{{Id}}", "RotationDate": "2024-05-04T10:00:00+00:00", "RotationType": "AUTOMATIC"}], "Truncated": false}
                """)
            .File($"kms/get-key-policy/{Id}.json", """{"Policy": "{\"Version\":\"2012-10-17\",\"Statement\":[]}", "PolicyName": "default"}""")
            .File($"kms/list-grants/{Id}.json", $$"""
                {"Grants": [{"KeyId": "arn:aws:kms:us-east-1:123456789012:key/{{Id}}", "GrantId": "abc123", "Name": "rds",
                  "GranteePrincipal": "rds.us-east-1.amazonaws.com", "Operations": ["Decrypt", "Encrypt"]}], "Truncated": false}
                """);

        var inventory = await Collect(tree);

        var key = inventory.Of<KmsKey>().ShouldHaveSingleItem();
        key.KeyManager.ShouldBe("CUSTOMER");
        key.KeySpec.ShouldBe("SYMMETRIC_DEFAULT");
        key.KeyState.ShouldBe("Enabled");
        key.CreationDate.ShouldBe(new DateTimeOffset(2023, 5, 4, 10, 0, 0, TimeSpan.Zero));
        key.RotationEnabled.ShouldBe(true);
        key.RotationPeriodInDays.ShouldBe(365);
        key.NextRotationDate.ShouldBe(new DateTimeOffset(2027, 5, 4, 10, 0, 0, TimeSpan.Zero));
        key.Rotations.ShouldBe([
            new KeyRotation(new DateTimeOffset(2024, 5, 4, 10, 0, 0, TimeSpan.Zero), "AUTOMATIC"),
            new KeyRotation(new DateTimeOffset(2025, 5, 4, 10, 0, 0, TimeSpan.Zero), "AUTOMATIC"),
        ]);
        key.Policy.ShouldBe("""{"Version":"2012-10-17","Statement":[]}""");
        var grant = key.Grants.ShouldNotBeNull().ShouldHaveSingleItem();
        grant.GrantId.ShouldBe("abc123");
        grant.GranteePrincipal.ShouldBe("rds.us-east-1.amazonaws.com");
        grant.Operations.ShouldBe(["Decrypt", "Encrypt"]);
        key.Aliases.ShouldBe(["alias/orders"]);
        inventory.FindKey(Acct, Rgn, "alias/orders").ShouldBe(key);
        inventory.Gaps.ShouldNotContain(g => g.Dataset.ToString().StartsWith("Kms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CollectAsync_KeyKmsCannotRotate_RotationErrorIsNotAGap()
    {
        using var tree = new ExportTree()
            .File("kms/list-keys.json", """{"Keys": [{"KeyId": "rsa-1"}, {"KeyId": "sym-1"}]}""")
            .File("kms/list-aliases.json", """{"Aliases": []}""")
            .File("kms/describe-key/rsa-1.json", """{"KeyMetadata": {"KeyId": "rsa-1", "KeyManager": "CUSTOMER", "KeySpec": "RSA_2048", "KeyUsage": "SIGN_VERIFY", "Origin": "AWS_KMS"}}""")
            .File("kms/get-key-rotation-status/rsa-1.error", "An error occurred (UnsupportedOperationException) when calling the GetKeyRotationStatus operation: rsa-1 key type does not support this operation.")
            .File("kms/describe-key/sym-1.json", """{"KeyMetadata": {"KeyId": "sym-1", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT", "KeyUsage": "ENCRYPT_DECRYPT", "Origin": "AWS_KMS"}}""");

        var inventory = await Collect(tree);

        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotationStatus, "rsa-1").ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotations, "rsa-1").ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotationStatus, "sym-1")!.Reason.ShouldBe("not in the export");
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyPolicies, "rsa-1")!.Reason.ShouldBe("not in the export");
        var keys = inventory.Of<KmsKey>().ToDictionary(k => k.KeyId);
        keys["rsa-1"].RotationEnabled.ShouldBeNull();
        keys["rsa-1"].Arn.ShouldBe("arn:aws:kms:us-east-1:123456789012:key/rsa-1");
    }

    [Fact]
    public async Task CollectAsync_Ec2_MapsRulesSubnetsAndRouteTables()
    {
        using var tree = new ExportTree()
            .File("ec2/describe-security-groups.json", """
                {"SecurityGroups": [{"GroupId": "sg-0abc", "GroupName": "db", "VpcId": "vpc-1", "OwnerId": "123456789012",
                  "IpPermissions": [
                    {"IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "anyone"}],
                     "Ipv6Ranges": [{"CidrIpv6": "::/0"}], "UserIdGroupPairs": [{"GroupId": "sg-0app", "UserId": "123456789012"}], "PrefixListIds": [{"PrefixListId": "pl-0123"}]},
                    {"IpProtocol": "-1", "IpRanges": [], "Ipv6Ranges": [], "UserIdGroupPairs": [], "PrefixListIds": []}
                  ],
                  "IpPermissionsEgress": [], "Tags": [{"Key": "Name", "Value": "db"}]}]}
                """)
            .File("ec2/describe-subnets.json", """
                {"Subnets": [{"SubnetId": "subnet-0aaa", "VpcId": "vpc-1", "AvailabilityZone": "us-east-1a", "CidrBlock": "10.0.1.0/24", "MapPublicIpOnLaunch": true,
                  "SubnetArn": "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0aaa"}]}
                """)
            .File("ec2/describe-route-tables.json", """
                {"RouteTables": [
                  {"RouteTableId": "rtb-main", "VpcId": "vpc-1", "Associations": [{"Main": true, "RouteTableAssociationId": "rtbassoc-1", "RouteTableId": "rtb-main"}],
                   "Routes": [{"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "State": "active"}]},
                  {"RouteTableId": "rtb-public", "VpcId": "vpc-1", "Associations": [{"Main": false, "SubnetId": "subnet-0aaa", "RouteTableId": "rtb-public"}],
                   "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-0123", "State": "active"}]}
                ]}
                """);

        var inventory = await Collect(tree);

        var group = inventory.FindSecurityGroup(Acct, Rgn, "sg-0abc").ShouldNotBeNull();
        group.Arn.ShouldBe("arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc");
        group.Ingress.Count.ShouldBe(2);
        group.Ingress[0].Ipv4Ranges.ShouldBe(["0.0.0.0/0"]);
        group.Ingress[0].Ipv6Ranges.ShouldBe(["::/0"]);
        group.Ingress[0].ReferencedGroupIds.ShouldBe(["sg-0app"]);
        group.Ingress[0].PrefixListIds.ShouldBe(["pl-0123"]);
        group.Ingress[0].CoversTcpPort(5432).ShouldBeTrue();
        group.Ingress[1].IpProtocol.ShouldBe("-1");
        group.Ingress[1].FromPort.ShouldBeNull();
        inventory.FindSubnet(Acct, Rgn, "subnet-0aaa")!.MapPublicIpOnLaunch.ShouldBe(true);
        var table = inventory.FindRouteTableForSubnet(Acct, Rgn, "subnet-0aaa").ShouldNotBeNull();
        table.RouteTableId.ShouldBe("rtb-public");
        table.Routes.ShouldHaveSingleItem().IsDefaultRouteToInternetGateway.ShouldBeTrue();
        inventory.Of<RouteTable>().Single(t => t.RouteTableId == "rtb-main").IsMain.ShouldBeTrue();
    }

    [Fact]
    public async Task CollectAsync_Secrets_MapsRotation()
    {
        using var tree = new ExportTree().File("secretsmanager/list-secrets.json", """
            {"SecretList": [{"ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-1-AbCdEf", "Name": "rds!db-1",
              "KmsKeyId": "alias/aws/secretsmanager", "RotationEnabled": true, "RotationRules": {"AutomaticallyAfterDays": 7, "ScheduleExpression": "rate(7 days)"},
              "LastRotatedDate": "2026-11-20T00:00:00+00:00", "LastChangedDate": 1763596800, "NextRotationDate": "2026-11-27T23:59:59+00:00",
              "CreatedDate": "2024-01-01T00:00:00+00:00", "OwningService": "rds", "Tags": [{"Key": "aws:rds:primaryDBInstanceArn", "Value": "arn:aws:rds:us-east-1:123456789012:db:orders-db"}]}]}
            """);

        var secret = (await Collect(tree)).Of<Secret>().ShouldHaveSingleItem();

        secret.SecretName.ShouldBe("rds!db-1");
        secret.IsRdsManaged.ShouldBeTrue();
        secret.RotationEnabled.ShouldBe(true);
        secret.RotationAutomaticallyAfterDays.ShouldBe(7);
        secret.RotationScheduleExpression.ShouldBe("rate(7 days)");
        secret.LastRotatedDate.ShouldBe(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        secret.LastChangedDate.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1763596800));
        secret.KmsKeyId.ShouldBe("alias/aws/secretsmanager");
    }

    [Fact]
    public async Task CollectAsync_Trails_HomeRegionStatusSelectorsAndShadows()
    {
        using var tree = new ExportTree()
            .File("cloudtrail/describe-trails.json", """
                {"trailList": [
                  {"Name": "org-audit", "TrailARN": "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit", "HomeRegion": "us-east-1", "IsMultiRegionTrail": true, "IsOrganizationTrail": false, "LogFileValidationEnabled": true},
                  {"Name": "writes", "TrailARN": "arn:aws:cloudtrail:us-east-1:123456789012:trail/writes", "HomeRegion": "us-east-1", "IsMultiRegionTrail": false},
                  {"Name": "advanced", "TrailARN": "arn:aws:cloudtrail:us-east-1:123456789012:trail/advanced", "HomeRegion": "us-east-1", "IsMultiRegionTrail": true},
                  {"Name": "eu-only", "TrailARN": "arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu-only", "HomeRegion": "eu-west-1", "IsMultiRegionTrail": true}
                ]}
                """)
            .File("cloudtrail/get-trail-status/org-audit.json", """{"IsLogging": true, "LatestDeliveryTime": "2026-11-23T11:55:00+00:00"}""")
            .File("cloudtrail/get-event-selectors/org-audit.json", """
                {"TrailARN": "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit", "EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": true, "DataResources": []}]}
                """)
            .File("cloudtrail/get-trail-status/writes.json", """{"IsLogging": false}""")
            .File("cloudtrail/get-event-selectors/writes.json", """{"EventSelectors": [{"ReadWriteType": "WriteOnly", "IncludeManagementEvents": true}]}""")
            .File("cloudtrail/get-trail-status/advanced.json", """{"IsLogging": true}""")
            .File("cloudtrail/get-event-selectors/advanced.json", """
                {"AdvancedEventSelectors": [{"Name": "Management events", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}]}
                """);

        var inventory = await Collect(tree);

        var trails = inventory.TrailsOf(Acct).ToDictionary(t => t.TrailName);
        trails.Count.ShouldBe(4);
        trails["org-audit"].IsLogging.ShouldBe(true);
        trails["org-audit"].LogsAllManagementEvents.ShouldBe(true);
        trails["org-audit"].IsMultiRegion.ShouldBe(true);
        trails["writes"].IsLogging.ShouldBe(false);
        trails["writes"].LogsAllManagementEvents.ShouldBe(false);
        trails["writes"].LogsWriteManagementEvents.ShouldBe(true);
        trails["advanced"].LogsAllManagementEvents.ShouldBe(true);
        trails["eu-only"].Region.ShouldBe("eu-west-1");
        trails["eu-only"].IsLogging.ShouldBeNull();
        inventory.Gaps.Where(g => g.ResourceId is not null).ShouldBeEmpty();
    }

    [Fact]
    public async Task CollectAsync_GuardDuty_FeaturesOrOlderDataSources()
    {
        using var tree = new ExportTree()
            .File("guardduty/list-detectors.json", """{"DetectorIds": ["12abc34d567e8fa901bc2d34e56789f0", "old0detector", "missing0detector"]}""")
            .File("guardduty/get-detector/12abc34d567e8fa901bc2d34e56789f0.json", """
                {"CreatedAt": "2023-01-01T00:00:00.000Z", "FindingPublishingFrequency": "SIX_HOURS", "Status": "ENABLED", "Tags": {"owner": "security"},
                 "Features": [{"Name": "S3_DATA_EVENTS", "Status": "ENABLED"}, {"Name": "RDS_LOGIN_EVENTS", "Status": "DISABLED", "UpdatedAt": "2024-02-02T00:00:00+00:00"}]}
                """)
            .File("guardduty/get-detector/old0detector.json", """{"Status": "ENABLED", "DataSources": {"CloudTrail": {"Status": "ENABLED"}}}""");

        var inventory = await Collect(tree);

        var detectors = inventory.DetectorsIn(Acct, Rgn).ToDictionary(d => d.DetectorId);
        detectors["12abc34d567e8fa901bc2d34e56789f0"].RdsLoginEventsStatus.ShouldBe("DISABLED");
        detectors["12abc34d567e8fa901bc2d34e56789f0"].Tags["owner"].ShouldBe("security");
        detectors["12abc34d567e8fa901bc2d34e56789f0"].Arn.ShouldBe("arn:aws:guardduty:us-east-1:123456789012:detector/12abc34d567e8fa901bc2d34e56789f0");
        detectors["old0detector"].Status.ShouldBe("ENABLED");
        detectors["old0detector"].RdsLoginEventsStatus.ShouldBeNull();
        detectors["missing0detector"].Status.ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.GuardDutyDetectors, "missing0detector")!.Reason.ShouldBe("not in the export");
    }

    [Fact]
    public async Task CollectAsync_Manifest_CreatedAtIsCollectedAt()
    {
        using var tree = new ExportTree().Scope()
            .File("/manifest.json", """{"format": "flywheel-export/1", "createdAt": "2026-11-22T06:30:00Z", "tool": "test"}""")
            .File("/README.md", "notes")
            .File("/.DS_Store", "x");

        var inventory = await Collect(tree);

        inventory.CollectedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 6, 30, 0, TimeSpan.Zero));
        inventory.AccountRegions.ShouldHaveSingleItem().Name.ShouldBe("123456789012/us-east-1");
    }

    [Fact]
    public async Task CollectAsync_TwoAccountsAndRegions_ScopesFromDirectories()
    {
        using var tree = new ExportTree().Scope().Scope(region: "eu-west-1").Scope(account: "444455556666");

        var inventory = await Collect(tree);

        inventory.Scopes.ShouldBe([
            new InventoryScope("123456789012", "eu-west-1"),
            new InventoryScope("123456789012", "us-east-1"),
            new InventoryScope("444455556666", "us-east-1"),
        ]);
        inventory.Gaps.Count(g => g.Dataset == Dataset.RdsDbInstances).ShouldBe(3);
    }

    private static Task<InventorySnapshot> Collect(ExportTree tree) =>
        new ExportDirectoryCollector(tree.Root, new FakeTimeProvider(Now)).CollectAsync(CancellationToken.None);
}
