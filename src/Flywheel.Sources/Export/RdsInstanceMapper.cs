using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>Maps one DBInstance of <c>rds describe-db-instances</c>.</summary>
internal static class RdsInstanceMapper
{
    public static DbInstance Map(JsonElement db, ExportRegion region)
    {
        var id = RequiredStr(db, "DBInstanceIdentifier", "each DBInstances[] entry");
        var subnetGroup = Obj(db, "DBSubnetGroup");
        var endpointPort = Obj(db, "Endpoint") is { } endpoint ? Int(endpoint, "Port") : null;
        var instancePort = Int(db, "DbInstancePort");
        return new DbInstance
        {
            AccountId = region.AccountId,
            Region = region.Region,
            Arn = Str(db, "DBInstanceArn") ?? region.Arn("rds", "db:" + id),
            Tags = Tags(db, "TagList"),
            Identifier = id,
            DbiResourceId = Str(db, "DbiResourceId"),
            Engine = RequiredStr(db, "Engine", $"DB instance {id}"),
            EngineVersion = Str(db, "EngineVersion"),
            InstanceClass = Str(db, "DBInstanceClass"),
            Status = Str(db, "DBInstanceStatus"),
            ClusterIdentifier = Str(db, "DBClusterIdentifier"),
            ReadReplicaSourceIdentifier = Str(db, "ReadReplicaSourceDBInstanceIdentifier"),
            ReadReplicaSourceClusterIdentifier = Str(db, "ReadReplicaSourceDBClusterIdentifier"),
            PubliclyAccessible = Bool(db, "PubliclyAccessible"),

            // An instance being created has no endpoint yet; DbInstancePort is 0 outside some cluster members.
            Port = endpointPort ?? (instancePort is > 0 ? instancePort : null),
            VpcId = subnetGroup is { } g1 ? Str(g1, "VpcId") : null,
            SubnetGroupName = subnetGroup is { } g2 ? Str(g2, "DBSubnetGroupName") : null,
            SubnetIds = subnetGroup is { } g3
                ? Objects(g3, "Subnets").Select(s => Str(s, "SubnetIdentifier")).OfType<string>().ToArray()
                : [],
            VpcSecurityGroupIds = Objects(db, "VpcSecurityGroups").Select(s => Str(s, "VpcSecurityGroupId")).OfType<string>().ToArray(),
            ParameterGroupNames = Objects(db, "DBParameterGroups").Select(s => Str(s, "DBParameterGroupName")).OfType<string>().ToArray(),
            OptionGroupNames = Objects(db, "OptionGroupMemberships").Select(s => Str(s, "OptionGroupName")).OfType<string>().ToArray(),
            StorageEncrypted = Bool(db, "StorageEncrypted"),
            KmsKeyId = Str(db, "KmsKeyId"),
            BackupRetentionPeriod = Int(db, "BackupRetentionPeriod"),
            CopyTagsToSnapshot = Bool(db, "CopyTagsToSnapshot"),
            DeletionProtection = Bool(db, "DeletionProtection"),
            IamDatabaseAuthenticationEnabled = Bool(db, "IAMDatabaseAuthenticationEnabled"),
            MasterUsername = Str(db, "MasterUsername"),
            MasterUserSecret = MapSecret(db),
            MonitoringInterval = Int(db, "MonitoringInterval"),

            // RDS omits the member when no log is exported: for a described instance that means none.
            EnabledCloudwatchLogsExports = StringListOrNull(db, "EnabledCloudwatchLogsExports") ?? [],
            AutoMinorVersionUpgrade = Bool(db, "AutoMinorVersionUpgrade"),
            PerformanceInsightsEnabled = Bool(db, "PerformanceInsightsEnabled"),
            PerformanceInsightsKmsKeyId = Str(db, "PerformanceInsightsKMSKeyId"),
            CaCertificateIdentifier = Str(db, "CACertificateIdentifier"),
            CertificateValidTill = Obj(db, "CertificateDetails") is { } certificate ? Date(certificate, "ValidTill") : null,
            MultiAz = Bool(db, "MultiAZ"),
            StorageType = Str(db, "StorageType"),
            AllocatedStorageGiB = Int(db, "AllocatedStorage"),
            InstanceCreateTime = Date(db, "InstanceCreateTime"),
            EngineLifecycleSupport = Str(db, "EngineLifecycleSupport"),
            AutomatedBackupReplicationArns = Objects(db, "DBInstanceAutomatedBackupsReplications")
                .Select(r => Str(r, "DBInstanceAutomatedBackupsArn")).OfType<string>().ToArray(),
            PreferredMaintenanceWindow = Str(db, "PreferredMaintenanceWindow"),
        };
    }

    /// <summary>The MasterUserSecret member of an instance or a cluster.</summary>
    public static MasterUserSecret? MapSecret(JsonElement resource) =>
        Obj(resource, "MasterUserSecret") is { } secret && Str(secret, "SecretArn") is { } arn
            ? new MasterUserSecret(arn, Str(secret, "SecretStatus"), Str(secret, "KmsKeyId"))
            : null;
}
