using System.Text.Json;
using Flywheel.Core.Inventory;
using static Flywheel.Sources.Export.JsonFields;

namespace Flywheel.Sources.Export;

/// <summary>Maps one DBCluster of <c>rds describe-db-clusters</c>.</summary>
internal static class RdsClusterMapper
{
    public static DbCluster Map(JsonElement db, ExportRegion region)
    {
        var id = RequiredStr(db, "DBClusterIdentifier", "each DBClusters[] entry");
        return new DbCluster
        {
            AccountId = region.AccountId,
            Region = region.Region,
            Arn = Str(db, "DBClusterArn") ?? region.Arn("rds", "cluster:" + id),
            Tags = Tags(db, "TagList"),
            Identifier = id,
            ClusterResourceId = Str(db, "DbClusterResourceId"),
            Engine = RequiredStr(db, "Engine", $"DB cluster {id}"),
            EngineVersion = Str(db, "EngineVersion"),
            EngineMode = Str(db, "EngineMode"),
            ClusterInstanceClass = Str(db, "DBClusterInstanceClass"),
            Status = Str(db, "Status"),
            PubliclyAccessible = Bool(db, "PubliclyAccessible"),
            Port = Int(db, "Port"),
            SubnetGroupName = Str(db, "DBSubnetGroup"),
            VpcSecurityGroupIds = Objects(db, "VpcSecurityGroups").Select(s => Str(s, "VpcSecurityGroupId")).OfType<string>().ToArray(),
            ParameterGroupName = Str(db, "DBClusterParameterGroup"),
            MemberInstanceIdentifiers = Objects(db, "DBClusterMembers").Select(m => Str(m, "DBInstanceIdentifier")).OfType<string>().ToArray(),
            ReplicationSourceIdentifier = Str(db, "ReplicationSourceIdentifier"),
            StorageEncrypted = Bool(db, "StorageEncrypted"),
            KmsKeyId = Str(db, "KmsKeyId"),
            BackupRetentionPeriod = Int(db, "BackupRetentionPeriod"),
            CopyTagsToSnapshot = Bool(db, "CopyTagsToSnapshot"),
            DeletionProtection = Bool(db, "DeletionProtection"),
            IamDatabaseAuthenticationEnabled = Bool(db, "IAMDatabaseAuthenticationEnabled"),
            MasterUsername = Str(db, "MasterUsername"),
            MasterUserSecret = RdsInstanceMapper.MapSecret(db),

            // As for instances: absent means no log is exported.
            EnabledCloudwatchLogsExports = StringListOrNull(db, "EnabledCloudwatchLogsExports") ?? [],
            AutoMinorVersionUpgrade = Bool(db, "AutoMinorVersionUpgrade"),
            MonitoringInterval = Int(db, "MonitoringInterval"),
            PerformanceInsightsEnabled = Bool(db, "PerformanceInsightsEnabled"),
            PerformanceInsightsKmsKeyId = Str(db, "PerformanceInsightsKMSKeyId"),
            CaCertificateIdentifier = Obj(db, "CertificateDetails") is { } c1 ? Str(c1, "CAIdentifier") : null,
            CertificateValidTill = Obj(db, "CertificateDetails") is { } c2 ? Date(c2, "ValidTill") : null,
            MultiAz = Bool(db, "MultiAZ"),
            EngineLifecycleSupport = Str(db, "EngineLifecycleSupport"),
            ClusterCreateTime = Date(db, "ClusterCreateTime"),
        };
    }
}
