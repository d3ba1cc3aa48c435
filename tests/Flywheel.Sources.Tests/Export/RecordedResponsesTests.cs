using Flywheel.Core.Inventory;
using Flywheel.Sources.Export;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Sources.Tests.Export;

/// <summary>The reader over real AWS responses (recorded by Cloud Custodian), placed as the CLI would export them.</summary>
public sealed class RecordedResponsesTests
{
    private const string Acct = ExportTree.Account;
    private const string Rgn = ExportTree.Region;

    [Fact]
    public async Task AwsManagedKmsKeys_InstancesAndAliases_Mapped()
    {
        using var tree = new ExportTree()
            .Add("test_rds_aws_managed_kms_keys", "rds/describe-db-instances.json", "rds.DescribeDBInstances_1.json")
            .Add("test_rds_aws_managed_kms_keys", "kms/list-aliases.json", "kms.ListAliases_1.json");

        var inventory = await Collect(tree);

        var instances = inventory.Of<DbInstance>().ToDictionary(i => i.Identifier);
        var encrypted = instances["bluelobster"];
        encrypted.Engine.ShouldBe("mysql");
        encrypted.EngineVersion.ShouldBe("5.6.27");
        encrypted.StorageEncrypted.ShouldBe(true);
        encrypted.KmsKeyId.ShouldBe("arn:aws:kms:us-west-2:644160558196:key/1ec621db-4406-4cb9-8e85-812386071791");
        encrypted.PubliclyAccessible.ShouldBe(true);
        encrypted.Port.ShouldBe(3306);
        encrypted.SubnetIds.ShouldBe(["subnet-15452171", "subnet-63c97615", "subnet-5fb47507"]);
        encrypted.VpcId.ShouldBe("vpc-4a9ff72e");
        encrypted.VpcSecurityGroupIds.ShouldBe(["sg-f9cc4d9f"]);
        encrypted.ParameterGroupNames.ShouldBe(["default.mysql5.6"]);
        encrypted.OptionGroupNames.ShouldBe(["default:mysql-5-6"]);
        encrypted.CaCertificateIdentifier.ShouldBe("rds-ca-2015");
        encrypted.InstanceCreateTime.ShouldBe(new DateTimeOffset(2016, 7, 28, 18, 44, 18, 889, TimeSpan.Zero));
        encrypted.BackupRetentionPeriod.ShouldBe(7);
        encrypted.DeletionProtection.ShouldBeNull();
        encrypted.Arn.ShouldBe("arn:aws:rds:us-east-1:123456789012:db:bluelobster");
        var plain = instances["zebramoon"];
        plain.Engine.ShouldBe("postgres");
        plain.StorageEncrypted.ShouldBe(false);
        plain.KmsKeyId.ShouldBeNull();
        inventory.Gaps.ShouldNotContain(g => g.Dataset == Dataset.RdsDbInstances || g.Dataset == Dataset.KmsAliases);
    }

    [Fact]
    public async Task KeyRotation_CustomerKey_RotationEnabled()
    {
        const string Key = "ffb1402c-040a-4b1f-b1e5-9918a0238aa7";
        using var tree = new ExportTree()
            .Add("test_key_rotation", "kms/list-keys.json", "kms.ListKeys_1.json")
            .Add("test_key_rotation", "kms/list-aliases.json", "kms.ListAliases_1.json")
            .Add("test_key_rotation", $"kms/describe-key/{Key}.json", "kms.DescribeKey_1.json")
            .Add("test_key_rotation", $"kms/get-key-rotation-status/{Key}.json", "kms.GetKeyRotationStatus_1.json");

        var inventory = await Collect(tree);

        var key = inventory.Of<KmsKey>().ShouldHaveSingleItem();
        key.Arn.ShouldBe($"arn:aws:kms:us-east-1:644160558196:key/{Key}");
        key.KeyManager.ShouldBe("CUSTOMER");
        key.KeyState.ShouldBe("Enabled");
        key.Origin.ShouldBe("AWS_KMS");
        key.Description.ShouldBe("d1");
        key.SupportsAutomaticRotation.ShouldBeTrue();
        key.RotationEnabled.ShouldBe(true);
        key.RotationPeriodInDays.ShouldBeNull();
        key.Rotations.ShouldBeNull();
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotations, Key)!.Reason.ShouldBe("not in the export");
        inventory.FindGap(Acct, Rgn, Dataset.KmsKeyRotationStatus, Key).ShouldBeNull();
    }

    [Fact]
    public async Task KmsGrants_EmptyGrantLists_MappedAsCollectedAndEmpty()
    {
        string[] keys = ["1c052186-6435-4a64-a4a0-bf3d395059b3", "d2e0bc50-854c-4c36-9736-1d25b10141ec", "61f5789f-d32e-47bb-bf70-d5c5ea18ef97"];
        using var tree = new ExportTree()
            .Add("test_kms_grants", "kms/list-aliases.json", "kms.ListAliases_1.json")
            .File("kms/list-keys.json", "{\"Keys\": [" + string.Join(", ", keys.Select(k => $"{{\"KeyId\": \"{k}\"}}")) + "]}");
        for (var i = 0; i < keys.Length; i++)
        {
            tree.Add("test_kms_grants", $"kms/list-grants/{keys[i]}.json", $"kms.ListGrants_{i + 1}.json");
        }

        var inventory = await Collect(tree);

        var byId = inventory.Of<KmsKey>().ToDictionary(k => k.KeyId);
        byId["d2e0bc50-854c-4c36-9736-1d25b10141ec"].Grants.ShouldBe([]);
        byId["d2e0bc50-854c-4c36-9736-1d25b10141ec"].Aliases.ShouldBe(["alias/rds/crypto"]);
        inventory.FindKey(Acct, Rgn, "alias/testing")!.KeyId.ShouldBe("61f5789f-d32e-47bb-bf70-d5c5ea18ef97");
        inventory.FindGap(Acct, Rgn, Dataset.KmsGrants, keys[0]).ShouldBeNull();
    }

    [Fact]
    public async Task ParamValue_PaginatedParameters_MergedIntoGroup()
    {
        using var tree = new ExportTree()
            .Add("test_rds_param_value", "rds/describe-db-instances.json", "rds.DescribeDBInstances_1.json")
            .File("rds/describe-db-parameter-groups.json", """{"DBParameterGroups": [{"DBParameterGroupName": "test", "DBParameterGroupFamily": "postgres9.6"}]}""")
            .Add(
                "test_rds_param_value",
                "rds/describe-db-parameters/test.json",
                "rds.DescribeDBParameters_1.json",
                "rds.DescribeDBParameters_2.json",
                "rds.DescribeDBParameters_3.json",
                "rds.DescribeDBParameters_4.json");

        var inventory = await Collect(tree);

        var instance = inventory.Of<DbInstance>().ShouldHaveSingleItem();
        instance.Identifier.ShouldBe("c7n-test");
        instance.ParameterGroupNames.ShouldBe(["test"]);
        var group = inventory.FindParameterGroup(Acct, Rgn, "test", isCluster: false).ShouldNotBeNull();
        group.Parameters.ShouldNotBeNull();
        group.Parameters.Keys.Order(StringComparer.Ordinal).ShouldBe(["application_name", "gin_pending_list_limit", "rds.force_admin_logging_level", "track_activities"]);
        group.Parameters["rds.force_admin_logging_level"].ShouldBe("info");
        group.Parameters["application_name"].ShouldBeNull();
    }

    [Fact]
    public async Task SnapshotAccess_PublicAndSharedManualSnapshots_RestoreValues()
    {
        using var tree = new ExportTree()
            .Add("test_rds_snapshot_access", "rds/describe-db-snapshots.json", "rds.DescribeDBSnapshots_1.json")
            .Add("test_rds_snapshot_access", "rds/describe-db-snapshot-attributes/tidx-pub.json", "rds.DescribeDBSnapshotAttributes_3.json")
            .Add("test_rds_snapshot_access", "rds/describe-db-snapshot-attributes/tidx-rdx.json", "rds.DescribeDBSnapshotAttributes_4.json")
            .Add("test_rds_cluster_snapshot_cross_account", "rds/describe-db-cluster-snapshots.json", "rds.DescribeDBClusterSnapshots_1.json")
            .Add("test_rds_cluster_snapshot_cross_account", "rds/describe-db-cluster-snapshot-attributes/test-cluster-final-snapshot.json", "rds.DescribeDBClusterSnapshotAttributes_1.json");

        var inventory = await Collect(tree);

        var snapshots = inventory.Of<DbSnapshot>().ToDictionary(s => s.Identifier);
        snapshots.Count.ShouldBe(5);
        snapshots["tidx-pub"].RestoreAttributeValues.ShouldBe(["all"]);
        snapshots["tidx-rdx"].RestoreAttributeValues.ShouldBe(["619193117841"]);
        snapshots["tidx-pub"].Arn.ShouldBe("arn:aws:rds:us-east-1:644160558196:snapshot:tidx-pub");
        snapshots["rds:tidx-2016-12-31-23-16"].SnapshotType.ShouldBe("automated");
        snapshots["rds:tidx-2016-12-31-23-16"].RestoreAttributeValues.ShouldBeNull();
        snapshots["test-cluster-final-snapshot"].Kind.ShouldBe(SnapshotKind.Cluster);
        snapshots["test-cluster-final-snapshot"].Encrypted.ShouldBe(true);
        snapshots["test-cluster-final-snapshot"].RestoreAttributeValues.ShouldBe(["12345678910"]);
        inventory.Gaps.Where(g => g.ResourceId is not null).ShouldBeEmpty();
    }

    [Fact]
    public async Task RdsClusterSimple_Clusters_Mapped()
    {
        using var tree = new ExportTree().Add("test_rdscluster_simple", "rds/describe-db-clusters.json", "rds.DescribeDBClusters_1.json");

        var inventory = await Collect(tree);

        var cluster = inventory.FindCluster(Acct, Rgn, "bbb").ShouldNotBeNull();
        cluster.Engine.ShouldBe("aurora");
        cluster.IsAurora.ShouldBeTrue();
        cluster.EngineVersion.ShouldBe("5.6.10a");
        cluster.MemberInstanceIdentifiers.ShouldBe(["bbb-poolmember-1", "bbb-rds-poolmember-2"]);
        cluster.StorageEncrypted.ShouldBe(true);
        cluster.KmsKeyId.ShouldBe("arn:aws:kms:us-east-1:123:key/k1");
        cluster.BackupRetentionPeriod.ShouldBe(14);
        cluster.ParameterGroupName.ShouldBe("default.aurora5.6");
        cluster.SubnetGroupName.ShouldBe("default-vpc-1");
        cluster.Port.ShouldBe(3306);
        cluster.ClusterResourceId.ShouldBe("cluster-ABCDEF");
        inventory.FindCluster(Acct, Rgn, "aaa").ShouldNotBeNull();
    }

    [Fact]
    public async Task SecretsManagerKmsFilter_Secrets_MappedWithKeysAndOwners()
    {
        using var tree = new ExportTree().Add("test_secrets_manager_kms_filter", "secretsmanager/list-secrets.json", "secretsmanager.ListSecrets_1.json");

        var inventory = await Collect(tree);

        var secrets = inventory.Of<Secret>().ToDictionary(s => s.SecretName);
        secrets.Count.ShouldBe(4);
        secrets["test1"].KmsKeyId.ShouldBe("arn:aws:kms:us-east-1:644160558196:key/36812ccf-daaf-49b1-a24b-0eef254ffe41");
        secrets["app/gitter/prod/secret"].Tags["Env"].ShouldBe("Prod");
        secrets["app/gitter/prod/secret"].CreatedDate.ShouldBe(new DateTimeOffset(2020, 5, 1, 6, 38, 42, 731, TimeSpan.Zero));
        secrets["app/gitter/prod/secret"].RotationEnabled.ShouldBe(false);
        secrets["events!connection/test/fb5f86c9-47b3-485f-8e36-1987546f96b2"].OwningService.ShouldBe("events");
        inventory.FindSecret("arn:aws:secretsmanager:us-east-1:644160558196:secret:test-XNnZMt")!.SecretName.ShouldBe("test");
    }

    [Fact]
    public async Task DbOptionGroups_OracleNativeNetworkEncryption_MappedWithSettings()
    {
        using var tree = new ExportTree()
            .Add("test_rds_db_option_groups", "rds/describe-db-instances.json", "rds.DescribeDBInstances_1.json")
            .Add("test_rds_db_option_groups", "rds/describe-option-groups.json", "rds.DescribeOptionGroups_1.json", "rds.DescribeOptionGroups_2.json");

        var inventory = await Collect(tree);

        inventory.FindInstance(Acct, Rgn, "database-2")!.OptionGroupNames.ShouldBe(["oracle-option-groups"]);
        inventory.FindOptionGroup(Acct, Rgn, "default:mysql-8-0")!.Options.ShouldBeEmpty();
        var oracle = inventory.FindOptionGroup(Acct, Rgn, "oracle-option-groups").ShouldNotBeNull();
        var nne = oracle.Options.ShouldHaveSingleItem();
        nne.OptionName.ShouldBe("NATIVE_NETWORK_ENCRYPTION");
        nne.Settings["SQLNET.ENCRYPTION_SERVER"].ShouldBe("REQUESTED");
        nne.Settings.Count.ShouldBe(10);
    }

    private static Task<InventorySnapshot> Collect(ExportTree tree) =>
        new ExportDirectoryCollector(tree.Root, new FakeTimeProvider()).CollectAsync(CancellationToken.None);
}
