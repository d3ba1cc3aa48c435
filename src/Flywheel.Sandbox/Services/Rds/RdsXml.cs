using System.Xml.Linq;
using Flywheel.Sandbox.Protocols;
using Flywheel.Sandbox.State;

namespace Flywheel.Sandbox.Services.Rds;

/// <summary>RDS resources as the query protocol writes them; member and list-member names per the RDS model.</summary>
internal static class RdsXml
{
    /// <summary>One DBInstance as an element, for the responses that carry a single instance.</summary>
    public static XElement Instance(DbInstanceState i, RegionState state, DateTimeOffset now)
    {
        var buffer = new XmlBuffer();
        WriteInstance(buffer, i, state, now);
        var element = XElement.Parse(buffer.ToString());
        buffer.Release();
        return element;
    }

    /// <summary>
    /// Writes one DBInstance straight to bytes: DescribeDBInstances pages of 100 are the sandbox's hottest path, so the
    /// instance is written without an element tree (<see cref="Instance"/> parses this same output for the rest).
    /// </summary>
    public static void WriteInstance(XmlBuffer x, DbInstanceState i, RegionState state, DateTimeOffset now)
    {
        var cluster = i.ClusterIdentifier is null ? null : state.Clusters.GetValueOrDefault(i.ClusterIdentifier);
        x.Open("DBInstance"u8);
        x.Text("DBInstanceIdentifier"u8, i.Identifier);
        x.Text("DBInstanceClass"u8, i.InstanceClass);
        x.Text("Engine"u8, i.Engine);
        x.Text("DBInstanceStatus"u8, i.Status);
        x.Text("MasterUsername"u8, i.MasterUsername);
        x.Open("Endpoint"u8);
        x.Text("Address"u8, i.EndpointAddress);
        x.Opt("Port"u8, i.Port);
        x.Text("HostedZoneId"u8, "Z2R2ITUGPM61AM");
        x.Close("Endpoint"u8);
        x.Opt("AllocatedStorage"u8, cluster is null ? i.AllocatedStorage : 1);
        x.Opt("InstanceCreateTime"u8, i.InstanceCreateTime);
        x.Text("PreferredBackupWindow"u8, i.PreferredBackupWindow);
        x.Opt("BackupRetentionPeriod"u8, cluster?.BackupRetentionPeriod ?? i.BackupRetentionPeriod);
        x.Empty("DBSecurityGroups"u8);
        WriteSecurityGroups(x, i.VpcSecurityGroupIds);
        x.Open("DBParameterGroups"u8);
        x.Open("DBParameterGroup"u8);
        x.Text("DBParameterGroupName"u8, i.ParameterGroupName);
        x.Text("ParameterApplyStatus"u8, i.ParameterApplyStatus);
        x.Close("DBParameterGroup"u8);
        x.Close("DBParameterGroups"u8);
        x.Text("AvailabilityZone"u8, i.AvailabilityZone);
        x.Open("DBSubnetGroup"u8);
        x.Text("DBSubnetGroupName"u8, i.SubnetGroupName);
        x.Text("DBSubnetGroupDescription"u8, i.SubnetGroupName);
        x.Text("VpcId"u8, i.VpcId);
        x.Text("SubnetGroupStatus"u8, "Complete");
        var anySubnet = false;
        foreach (var subnet in state.Subnets)
        {
            if (!i.SubnetIds.Contains(subnet.SubnetId, StringComparer.Ordinal))
            {
                continue;
            }

            if (!anySubnet)
            {
                x.Open("Subnets"u8);
                anySubnet = true;
            }

            x.Open("Subnet"u8);
            x.Text("SubnetIdentifier"u8, subnet.SubnetId);
            x.Open("SubnetAvailabilityZone"u8);
            x.Text("Name"u8, subnet.AvailabilityZone);
            x.Close("SubnetAvailabilityZone"u8);
            x.Text("SubnetStatus"u8, "Active");
            x.Close("Subnet"u8);
        }

        if (anySubnet)
        {
            x.Close("Subnets"u8);
        }
        else
        {
            x.Empty("Subnets"u8);
        }

        x.Close("DBSubnetGroup"u8);
        x.Text("PreferredMaintenanceWindow"u8, i.PreferredMaintenanceWindow);

        // RDS always writes the element, empty when nothing is pending.
        if (i.Pending.Count == 0)
        {
            x.Empty("PendingModifiedValues"u8);
        }
        else
        {
            x.Open("PendingModifiedValues"u8);
            foreach (var (name, value) in i.Pending)
            {
                x.Text(name, value);
            }

            x.Close("PendingModifiedValues"u8);
        }

        x.Opt("LatestRestorableTime"u8, i.BackupRetentionPeriod > 0 ? now.AddMinutes(-5) : null);
        x.Opt("MultiAZ"u8, i.MultiAz);
        x.Text("EngineVersion"u8, i.EngineVersion);
        x.Opt("AutoMinorVersionUpgrade"u8, i.AutoMinorVersionUpgrade);
        x.Empty("ReadReplicaDBInstanceIdentifiers"u8);
        x.Text("LicenseModel"u8, i.LicenseModel);
        x.Open("OptionGroupMemberships"u8);
        x.Open("OptionGroupMembership"u8);
        x.Text("OptionGroupName"u8, i.OptionGroupName);
        x.Text("Status"u8, "in-sync");
        x.Close("OptionGroupMembership"u8);
        x.Close("OptionGroupMemberships"u8);
        x.Opt("PubliclyAccessible"u8, i.PubliclyAccessible);
        x.Text("StorageType"u8, i.StorageType);
        x.Opt("DbInstancePort"u8, 0);
        x.Opt("DBClusterIdentifier"u8, i.ClusterIdentifier);
        x.Opt("StorageEncrypted"u8, i.StorageEncrypted);
        x.Opt("KmsKeyId"u8, i.KmsKeyId);
        x.Text("DbiResourceId"u8, i.DbiResourceId);
        x.Text("CACertificateIdentifier"u8, i.CaCertificateIdentifier);
        x.Empty("DomainMemberships"u8);
        x.Opt("CopyTagsToSnapshot"u8, cluster?.CopyTagsToSnapshot ?? i.CopyTagsToSnapshot);
        x.Opt("MonitoringInterval"u8, i.MonitoringInterval);
        x.Opt("PromotionTier"u8, cluster is null ? null : 1);
        x.Text("DBInstanceArn"u8, i.Arn);
        x.Opt("IAMDatabaseAuthenticationEnabled"u8, cluster?.IamDatabaseAuthenticationEnabled ?? i.IamDatabaseAuthenticationEnabled);
        x.Opt("PerformanceInsightsEnabled"u8, i.PerformanceInsightsEnabled);
        x.Opt("PerformanceInsightsKMSKeyId"u8, i.PerformanceInsightsEnabled ? i.PerformanceInsightsKmsKeyId : null);
        if (i.EnabledCloudwatchLogsExports.Count > 0)
        {
            x.List("EnabledCloudwatchLogsExports"u8, "member"u8, i.EnabledCloudwatchLogsExports);
        }

        x.Opt("DeletionProtection"u8, cluster?.DeletionProtection ?? i.DeletionProtection);
        x.Empty("AssociatedRoles"u8);
        WriteTags(x, i.Tags);
        x.Opt("CustomerOwnedIpEnabled"u8, false);
        x.Text("NetworkType"u8, "IPV4");
        x.Text("BackupTarget"u8, "region");
        if (i.MasterUserSecretArn is not null)
        {
            x.Open("MasterUserSecret"u8);
            x.Text("SecretArn"u8, i.MasterUserSecretArn);
            x.Text("SecretStatus"u8, "active");
            x.Opt("KmsKeyId"u8, i.MasterUserSecretKmsKeyId);
            x.Close("MasterUserSecret"u8);
        }

        x.Open("CertificateDetails"u8);
        x.Text("CAIdentifier"u8, i.CaCertificateIdentifier);
        x.Opt("ValidTill"u8, i.InstanceCreateTime.AddYears(i.CaCertificateIdentifier == "rds-ca-2019" ? 3 : 38));
        x.Close("CertificateDetails"u8);
        x.Opt("DedicatedLogVolume"u8, false);
        x.Opt("IsStorageConfigUpgradeAvailable"u8, false);
        x.Text("EngineLifecycleSupport"u8, "open-source-rds-extended-support");
        x.Close("DBInstance"u8);
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

    private static void WriteSecurityGroups(XmlBuffer x, List<string> groupIds)
    {
        if (groupIds.Count == 0)
        {
            x.Empty("VpcSecurityGroups"u8);
            return;
        }

        x.Open("VpcSecurityGroups"u8);
        foreach (var groupId in groupIds)
        {
            x.Open("VpcSecurityGroupMembership"u8);
            x.Text("VpcSecurityGroupId"u8, groupId);
            x.Text("Status"u8, "active");
            x.Close("VpcSecurityGroupMembership"u8);
        }

        x.Close("VpcSecurityGroups"u8);
    }

    private static void WriteTags(XmlBuffer x, List<KeyValuePair<string, string>> tags)
    {
        if (tags.Count == 0)
        {
            x.Empty("TagList"u8);
            return;
        }

        x.Open("TagList"u8);
        foreach (var (key, value) in tags)
        {
            x.Open("Tag"u8);
            x.Text("Key"u8, key);
            x.Text("Value"u8, value);
            x.Close("Tag"u8);
        }

        x.Close("TagList"u8);
    }

    private static XElement Tags(IEnumerable<KeyValuePair<string, string>> tags) =>
        Xml.List("TagList", tags.Select(t => new XElement("Tag", new XElement("Key", t.Key), new XElement("Value", t.Value))));
}
