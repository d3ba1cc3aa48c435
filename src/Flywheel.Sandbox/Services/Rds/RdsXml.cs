using System.Xml.Linq;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>RDS resources as the query protocol writes them; member and list-member names per the RDS model.</summary>
internal static class RdsXml
{
    public static XElement Instance(DbInstanceState i, RegionState state, DateTimeOffset now)
    {
        var subnets = state.Subnets.Where(s => i.SubnetIds.Contains(s.SubnetId, StringComparer.Ordinal));
        var cluster = i.ClusterIdentifier is null ? null : state.Clusters.GetValueOrDefault(i.ClusterIdentifier);
        return new XElement("DBInstance",
            new XElement("DBInstanceIdentifier", i.Identifier),
            new XElement("DBInstanceClass", i.InstanceClass),
            new XElement("Engine", i.Engine),
            new XElement("DBInstanceStatus", i.Status),
            new XElement("MasterUsername", i.MasterUsername),
            new XElement("Endpoint",
                new XElement("Address", i.EndpointAddress),
                Xml.Opt("Port", i.Port),
                new XElement("HostedZoneId", "Z2R2ITUGPM61AM")),
            Xml.Opt("AllocatedStorage", cluster is null ? i.AllocatedStorage : 1),
            Xml.Opt("InstanceCreateTime", i.InstanceCreateTime),
            new XElement("PreferredBackupWindow", i.PreferredBackupWindow),
            Xml.Opt("BackupRetentionPeriod", cluster?.BackupRetentionPeriod ?? i.BackupRetentionPeriod),
            new XElement("DBSecurityGroups"),
            SecurityGroups(i.VpcSecurityGroupIds),
            Xml.List("DBParameterGroups", [new XElement("DBParameterGroup",
                new XElement("DBParameterGroupName", i.ParameterGroupName),
                new XElement("ParameterApplyStatus", i.ParameterApplyStatus))]),
            new XElement("AvailabilityZone", i.AvailabilityZone),
            new XElement("DBSubnetGroup",
                new XElement("DBSubnetGroupName", i.SubnetGroupName),
                new XElement("DBSubnetGroupDescription", i.SubnetGroupName),
                new XElement("VpcId", i.VpcId),
                new XElement("SubnetGroupStatus", "Complete"),
                Xml.List("Subnets", subnets.Select(s => new XElement("Subnet",
                    new XElement("SubnetIdentifier", s.SubnetId),
                    new XElement("SubnetAvailabilityZone", new XElement("Name", s.AvailabilityZone)),
                    new XElement("SubnetStatus", "Active"))))),
            new XElement("PreferredMaintenanceWindow", i.PreferredMaintenanceWindow),
            Pending(i),
            Xml.Opt("LatestRestorableTime", i.BackupRetentionPeriod > 0 ? now.AddMinutes(-5) : null),
            Xml.Opt("MultiAZ", i.MultiAz),
            new XElement("EngineVersion", i.EngineVersion),
            Xml.Opt("AutoMinorVersionUpgrade", i.AutoMinorVersionUpgrade),
            new XElement("ReadReplicaDBInstanceIdentifiers"),
            new XElement("LicenseModel", i.LicenseModel),
            Xml.List("OptionGroupMemberships", [new XElement("OptionGroupMembership",
                new XElement("OptionGroupName", i.OptionGroupName),
                new XElement("Status", "in-sync"))]),
            Xml.Opt("PubliclyAccessible", i.PubliclyAccessible),
            new XElement("StorageType", i.StorageType),
            Xml.Opt("DbInstancePort", 0),
            Xml.Opt("DBClusterIdentifier", i.ClusterIdentifier),
            Xml.Opt("StorageEncrypted", i.StorageEncrypted),
            Xml.Opt("KmsKeyId", i.KmsKeyId),
            new XElement("DbiResourceId", i.DbiResourceId),
            new XElement("CACertificateIdentifier", i.CaCertificateIdentifier),
            new XElement("DomainMemberships"),
            Xml.Opt("CopyTagsToSnapshot", cluster?.CopyTagsToSnapshot ?? i.CopyTagsToSnapshot),
            Xml.Opt("MonitoringInterval", i.MonitoringInterval),
            Xml.Opt("PromotionTier", cluster is null ? null : 1),
            new XElement("DBInstanceArn", i.Arn),
            Xml.Opt("IAMDatabaseAuthenticationEnabled", cluster?.IamDatabaseAuthenticationEnabled ?? i.IamDatabaseAuthenticationEnabled),
            Xml.Opt("PerformanceInsightsEnabled", i.PerformanceInsightsEnabled),
            Xml.Opt("PerformanceInsightsKMSKeyId", i.PerformanceInsightsEnabled ? i.PerformanceInsightsKmsKeyId : null),
            i.EnabledCloudwatchLogsExports.Count > 0 ? Xml.List("EnabledCloudwatchLogsExports", "member", i.EnabledCloudwatchLogsExports) : null,
            Xml.Opt("DeletionProtection", cluster?.DeletionProtection ?? i.DeletionProtection),
            new XElement("AssociatedRoles"),
            Tags(i.Tags),
            Xml.Opt("CustomerOwnedIpEnabled", false),
            new XElement("NetworkType", "IPV4"),
            new XElement("BackupTarget", "region"),
            i.MasterUserSecretArn is null ? null : new XElement("MasterUserSecret",
                new XElement("SecretArn", i.MasterUserSecretArn),
                new XElement("SecretStatus", "active"),
                Xml.Opt("KmsKeyId", i.MasterUserSecretKmsKeyId)),
            new XElement("CertificateDetails",
                new XElement("CAIdentifier", i.CaCertificateIdentifier),
                Xml.Opt("ValidTill", i.InstanceCreateTime.AddYears(i.CaCertificateIdentifier == "rds-ca-2019" ? 3 : 38))),
            Xml.Opt("DedicatedLogVolume", false),
            Xml.Opt("IsStorageConfigUpgradeAvailable", false),
            new XElement("EngineLifecycleSupport", "open-source-rds-extended-support"));
    }

    public static XElement Cluster(DbClusterState c, RegionState state, DateTimeOffset now)
    {
        var members = state.Instances.Values.Where(i => i.ClusterIdentifier == c.Identifier).ToList();
        return new XElement("DBCluster",
            Xml.Opt("AllocatedStorage", 1),
            Xml.List("AvailabilityZones", "AvailabilityZone", c.AvailabilityZones),
            Xml.Opt("BackupRetentionPeriod", c.BackupRetentionPeriod),
            new XElement("DBClusterIdentifier", c.Identifier),
            new XElement("DBClusterParameterGroup", c.ParameterGroupName),
            new XElement("DBSubnetGroup", c.SubnetGroupName),
            new XElement("Status", c.Status),
            Xml.Opt("EarliestRestorableTime", c.ClusterCreateTime),
            new XElement("Endpoint", c.Endpoint),
            new XElement("ReaderEndpoint", c.ReaderEndpoint),
            Xml.Opt("MultiAZ", members.Count > 1),
            new XElement("Engine", c.Engine),
            new XElement("EngineVersion", c.EngineVersion),
            Xml.Opt("LatestRestorableTime", now.AddMinutes(-5)),
            Xml.Opt("Port", c.Port),
            new XElement("MasterUsername", c.MasterUsername),
            new XElement("DBClusterOptionGroupMemberships"),
            new XElement("PreferredBackupWindow", c.PreferredBackupWindow),
            new XElement("PreferredMaintenanceWindow", c.PreferredMaintenanceWindow),
            new XElement("ReadReplicaIdentifiers"),
            Xml.List("DBClusterMembers", members.Select((m, index) => new XElement("DBClusterMember",
                new XElement("DBInstanceIdentifier", m.Identifier),
                Xml.Opt("IsClusterWriter", index == 0),
                new XElement("DBClusterParameterGroupStatus", "in-sync"),
                Xml.Opt("PromotionTier", 1)))),
            SecurityGroups(c.VpcSecurityGroupIds),
            new XElement("HostedZoneId", "Z2R2ITUGPM61AM"),
            Xml.Opt("StorageEncrypted", c.StorageEncrypted),
            Xml.Opt("KmsKeyId", c.KmsKeyId),
            new XElement("DbClusterResourceId", c.ResourceId),
            new XElement("DBClusterArn", c.Arn),
            new XElement("AssociatedRoles"),
            Xml.Opt("IAMDatabaseAuthenticationEnabled", c.IamDatabaseAuthenticationEnabled),
            Xml.Opt("ClusterCreateTime", c.ClusterCreateTime),
            c.EnabledCloudwatchLogsExports.Count > 0 ? Xml.List("EnabledCloudwatchLogsExports", "member", c.EnabledCloudwatchLogsExports) : null,
            c.Pending.Count > 0 ? new XElement("PendingModifiedValues", c.Pending.Select(p => new XElement(p.Key, p.Value))) : null,
            new XElement("EngineMode", "provisioned"),
            Xml.Opt("DeletionProtection", c.DeletionProtection),
            Xml.Opt("HttpEndpointEnabled", false),
            Xml.Opt("CopyTagsToSnapshot", c.CopyTagsToSnapshot),
            Xml.Opt("CrossAccountClone", false),
            new XElement("DomainMemberships"),
            Tags(c.Tags),
            Xml.Opt("AutoMinorVersionUpgrade", c.AutoMinorVersionUpgrade),
            c.MasterUserSecretArn is null ? null : new XElement("MasterUserSecret",
                new XElement("SecretArn", c.MasterUserSecretArn),
                new XElement("SecretStatus", "active")),
            new XElement("NetworkType", "IPV4"),
            new XElement("EngineLifecycleSupport", "open-source-rds-extended-support"));
    }

    public static XElement Snapshot(DbSnapshotState s, RegionState state) =>
        new("DBSnapshot",
            new XElement("DBSnapshotIdentifier", s.Identifier),
            new XElement("DBInstanceIdentifier", s.InstanceIdentifier),
            s.Status == "creating" ? null : Xml.Opt("SnapshotCreateTime", s.SnapshotCreateTime),
            new XElement("Engine", s.Engine),
            Xml.Opt("AllocatedStorage", s.AllocatedStorage),
            new XElement("Status", s.Status),
            Xml.Opt("Port", s.Port),
            new XElement("AvailabilityZone", s.AvailabilityZone),
            new XElement("VpcId", s.VpcId),
            Xml.Opt("InstanceCreateTime", s.InstanceCreateTime),
            new XElement("MasterUsername", s.MasterUsername),
            new XElement("EngineVersion", s.EngineVersion),
            new XElement("LicenseModel", s.LicenseModel),
            new XElement("SnapshotType", s.SnapshotType),
            Xml.Opt("SourceDBSnapshotIdentifier", s.SourceSnapshotArn),
            Xml.Opt("PercentProgress", s.PercentProgress),
            new XElement("StorageType", s.StorageType),
            Xml.Opt("Encrypted", s.Encrypted),
            Xml.Opt("KmsKeyId", s.KmsKeyId),
            new XElement("DBSnapshotArn", s.Arn),
            Xml.Opt("IAMDatabaseAuthenticationEnabled", s.IamDatabaseAuthenticationEnabled),
            new XElement("ProcessorFeatures"),
            new XElement("DbiResourceId", s.DbiResourceId),
            Tags(s.Tags),
            new XElement("SnapshotTarget", "region"),
            Xml.Opt("OriginalSnapshotCreateTime", s.SnapshotCreateTime),
            Xml.Opt("DedicatedLogVolume", false),
            new XElement("SnapshotAvailabilityZone", s.AvailabilityZone.Length > 0 ? s.AvailabilityZone : state.Region + "a"));

    public static XElement ClusterSnapshot(DbSnapshotState s, RegionState state) =>
        new("DBClusterSnapshot",
            Xml.List("AvailabilityZones", "AvailabilityZone", state.Subnets.Select(x => x.AvailabilityZone)),
            new XElement("DBClusterSnapshotIdentifier", s.Identifier),
            new XElement("DBClusterIdentifier", s.InstanceIdentifier),
            s.Status == "creating" ? null : Xml.Opt("SnapshotCreateTime", s.SnapshotCreateTime),
            new XElement("Engine", s.Engine),
            new XElement("EngineMode", "provisioned"),
            Xml.Opt("AllocatedStorage", s.AllocatedStorage),
            new XElement("Status", s.Status),
            Xml.Opt("Port", s.Port),
            new XElement("VpcId", s.VpcId),
            Xml.Opt("ClusterCreateTime", s.InstanceCreateTime),
            new XElement("MasterUsername", s.MasterUsername),
            new XElement("EngineVersion", s.EngineVersion),
            new XElement("LicenseModel", s.LicenseModel),
            new XElement("SnapshotType", s.SnapshotType),
            Xml.Opt("PercentProgress", s.PercentProgress),
            Xml.Opt("StorageEncrypted", s.Encrypted),
            Xml.Opt("KmsKeyId", s.KmsKeyId),
            new XElement("DBClusterSnapshotArn", s.Arn),
            Xml.Opt("IAMDatabaseAuthenticationEnabled", s.IamDatabaseAuthenticationEnabled),
            Tags(s.Tags),
            new XElement("StorageType", "aurora"),
            new XElement("DbClusterResourceId", s.DbiResourceId));

    public static XElement ClusterSnapshotAttributes(DbSnapshotState snapshot) =>
        new("DBClusterSnapshotAttributesResult",
            new XElement("DBClusterSnapshotIdentifier", snapshot.Identifier),
            new XElement("DBClusterSnapshotAttributes",
                new XElement("DBClusterSnapshotAttribute",
                    new XElement("AttributeName", "restore"),
                    Xml.List("AttributeValues", "AttributeValue", snapshot.RestoreAccounts))));

    public static XElement SnapshotAttributes(DbSnapshotState snapshot) =>
        new("DBSnapshotAttributesResult",
            new XElement("DBSnapshotIdentifier", snapshot.Identifier),
            new XElement("DBSnapshotAttributes",
                new XElement("DBSnapshotAttribute",
                    new XElement("AttributeName", "restore"),
                    Xml.List("AttributeValues", "AttributeValue", snapshot.RestoreAccounts))));

    private static XElement SecurityGroups(IEnumerable<string> groupIds) =>
        Xml.List("VpcSecurityGroups", groupIds.Select(g => new XElement("VpcSecurityGroupMembership",
            new XElement("VpcSecurityGroupId", g),
            new XElement("Status", "active"))));

    private static XElement Tags(IEnumerable<KeyValuePair<string, string>> tags) =>
        Xml.List("TagList", tags.Select(t => new XElement("Tag", new XElement("Key", t.Key), new XElement("Value", t.Value))));

    private static XElement? Pending(DbInstanceState i)
    {
        var pending = new XElement("PendingModifiedValues");
        foreach (var (name, value) in i.Pending)
        {
            pending.Add(new XElement(name, value));
        }

        // RDS always writes the element, empty when nothing is pending.
        return pending;
    }
}
