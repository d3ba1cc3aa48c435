using System.Text;
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
        WriteSecurityGroups(x, i.VpcSecurityGroupIds, emptyAsPair: false);
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
        WriteTags(x, i.Tags, emptyAsPair: false);
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

    /// <summary>One DBCluster as an element, for the responses that carry a single cluster.</summary>
    public static XElement Cluster(DbClusterState c, RegionState state, DateTimeOffset now) => Parsed(x => WriteCluster(x, c, state, now));

    /// <summary>Writes one DBCluster straight to bytes (the same bytes its element tree wrote).</summary>
    public static void WriteCluster(XmlBuffer x, DbClusterState c, RegionState state, DateTimeOffset now)
    {
        var members = state.Instances.Values.Where(i => i.ClusterIdentifier == c.Identifier).ToList();
        x.Open("DBCluster"u8);
        x.Opt("AllocatedStorage"u8, 1);
        x.ElementList("AvailabilityZones"u8, "AvailabilityZone"u8, c.AvailabilityZones);
        x.Opt("BackupRetentionPeriod"u8, c.BackupRetentionPeriod);
        x.Element("DBClusterIdentifier"u8, c.Identifier);
        x.Element("DBClusterParameterGroup"u8, c.ParameterGroupName);
        x.Element("DBSubnetGroup"u8, c.SubnetGroupName);
        x.Element("Status"u8, c.Status);
        x.Opt("EarliestRestorableTime"u8, c.ClusterCreateTime);
        x.Element("Endpoint"u8, c.Endpoint);
        x.Element("ReaderEndpoint"u8, c.ReaderEndpoint);
        x.Opt("MultiAZ"u8, members.Count > 1);
        x.Element("Engine"u8, c.Engine);
        x.Element("EngineVersion"u8, c.EngineVersion);
        x.Opt("LatestRestorableTime"u8, now.AddMinutes(-5));
        x.Opt("Port"u8, c.Port);
        x.Element("MasterUsername"u8, c.MasterUsername);
        x.Empty("DBClusterOptionGroupMemberships"u8);
        x.Element("PreferredBackupWindow"u8, c.PreferredBackupWindow);
        x.Element("PreferredMaintenanceWindow"u8, c.PreferredMaintenanceWindow);
        x.Empty("ReadReplicaIdentifiers"u8);
        if (members.Count == 0)
        {
            x.Empty("DBClusterMembers"u8);
        }
        else
        {
            x.Open("DBClusterMembers"u8);
            for (var index = 0; index < members.Count; index++)
            {
                x.Open("DBClusterMember"u8);
                x.Element("DBInstanceIdentifier"u8, members[index].Identifier);
                x.Opt("IsClusterWriter"u8, index == 0);
                x.Element("DBClusterParameterGroupStatus"u8, "in-sync");
                x.Opt("PromotionTier"u8, 1);
                x.Close("DBClusterMember"u8);
            }

            x.Close("DBClusterMembers"u8);
        }

        WriteSecurityGroups(x, c.VpcSecurityGroupIds, emptyAsPair: true);
        x.Element("HostedZoneId"u8, "Z2R2ITUGPM61AM");
        x.Opt("StorageEncrypted"u8, c.StorageEncrypted);
        x.OptElement("KmsKeyId"u8, c.KmsKeyId);
        x.Element("DbClusterResourceId"u8, c.ResourceId);
        x.Element("DBClusterArn"u8, c.Arn);
        x.Empty("AssociatedRoles"u8);
        x.Opt("IAMDatabaseAuthenticationEnabled"u8, c.IamDatabaseAuthenticationEnabled);
        x.Opt("ClusterCreateTime"u8, c.ClusterCreateTime);
        if (c.EnabledCloudwatchLogsExports.Count > 0)
        {
            x.ElementList("EnabledCloudwatchLogsExports"u8, "member"u8, c.EnabledCloudwatchLogsExports);
        }

        if (c.Pending.Count > 0)
        {
            x.Open("PendingModifiedValues"u8);
            foreach (var (name, value) in c.Pending)
            {
                x.Element(Encoding.UTF8.GetBytes(name), value);
            }

            x.Close("PendingModifiedValues"u8);
        }

        x.Element("EngineMode"u8, "provisioned");
        x.Opt("DeletionProtection"u8, c.DeletionProtection);
        x.Opt("HttpEndpointEnabled"u8, false);
        x.Opt("CopyTagsToSnapshot"u8, c.CopyTagsToSnapshot);
        x.Opt("CrossAccountClone"u8, false);
        x.Empty("DomainMemberships"u8);
        WriteTags(x, c.Tags, emptyAsPair: true);
        x.Opt("AutoMinorVersionUpgrade"u8, c.AutoMinorVersionUpgrade);
        if (c.MasterUserSecretArn is not null)
        {
            x.Open("MasterUserSecret"u8);
            x.Element("SecretArn"u8, c.MasterUserSecretArn);
            x.Element("SecretStatus"u8, "active");
            x.Close("MasterUserSecret"u8);
        }

        x.Element("NetworkType"u8, "IPV4");
        x.Element("EngineLifecycleSupport"u8, "open-source-rds-extended-support");
        x.Close("DBCluster"u8);
    }

    /// <summary>One DBSnapshot as an element, for the responses that carry a single snapshot.</summary>
    public static XElement Snapshot(DbSnapshotState s, RegionState state) => Parsed(x => WriteSnapshot(x, s, state));

    /// <summary>Writes one DBSnapshot straight to bytes (DescribeDBSnapshots pages; the same bytes its element tree wrote).</summary>
    public static void WriteSnapshot(XmlBuffer x, DbSnapshotState s, RegionState state)
    {
        x.Open("DBSnapshot"u8);
        x.Element("DBSnapshotIdentifier"u8, s.Identifier);
        x.Element("DBInstanceIdentifier"u8, s.InstanceIdentifier);
        if (s.Status != "creating")
        {
            x.Opt("SnapshotCreateTime"u8, s.SnapshotCreateTime);
        }

        x.Element("Engine"u8, s.Engine);
        x.Opt("AllocatedStorage"u8, s.AllocatedStorage);
        x.Element("Status"u8, s.Status);
        x.Opt("Port"u8, s.Port);
        x.Element("AvailabilityZone"u8, s.AvailabilityZone);
        x.Element("VpcId"u8, s.VpcId);
        x.Opt("InstanceCreateTime"u8, s.InstanceCreateTime);
        x.Element("MasterUsername"u8, s.MasterUsername);
        x.Element("EngineVersion"u8, s.EngineVersion);
        x.Element("LicenseModel"u8, s.LicenseModel);
        x.Element("SnapshotType"u8, s.SnapshotType);
        x.OptElement("SourceDBSnapshotIdentifier"u8, s.SourceSnapshotArn);
        x.Opt("PercentProgress"u8, s.PercentProgress);
        x.Element("StorageType"u8, s.StorageType);
        x.Opt("Encrypted"u8, s.Encrypted);
        x.OptElement("KmsKeyId"u8, s.KmsKeyId);
        x.Element("DBSnapshotArn"u8, s.Arn);
        x.Opt("IAMDatabaseAuthenticationEnabled"u8, s.IamDatabaseAuthenticationEnabled);
        x.Empty("ProcessorFeatures"u8);
        x.Element("DbiResourceId"u8, s.DbiResourceId);
        WriteTags(x, s.Tags, emptyAsPair: true);
        x.Element("SnapshotTarget"u8, "region");
        x.Opt("OriginalSnapshotCreateTime"u8, s.SnapshotCreateTime);
        x.Opt("DedicatedLogVolume"u8, false);
        x.Element("SnapshotAvailabilityZone"u8, s.AvailabilityZone.Length > 0 ? s.AvailabilityZone : state.Region + "a");
        x.Close("DBSnapshot"u8);
    }

    /// <summary>One DBClusterSnapshot as an element, for the responses that carry a single snapshot.</summary>
    public static XElement ClusterSnapshot(DbSnapshotState s, RegionState state) => Parsed(x => WriteClusterSnapshot(x, s, state));

    /// <summary>Writes one DBClusterSnapshot straight to bytes (the same bytes its element tree wrote).</summary>
    public static void WriteClusterSnapshot(XmlBuffer x, DbSnapshotState s, RegionState state)
    {
        x.Open("DBClusterSnapshot"u8);
        if (state.Subnets.Count == 0)
        {
            x.Empty("AvailabilityZones"u8);
        }
        else
        {
            x.Open("AvailabilityZones"u8);
            foreach (var subnet in state.Subnets)
            {
                x.Element("AvailabilityZone"u8, subnet.AvailabilityZone);
            }

            x.Close("AvailabilityZones"u8);
        }

        x.Element("DBClusterSnapshotIdentifier"u8, s.Identifier);
        x.Element("DBClusterIdentifier"u8, s.InstanceIdentifier);
        if (s.Status != "creating")
        {
            x.Opt("SnapshotCreateTime"u8, s.SnapshotCreateTime);
        }

        x.Element("Engine"u8, s.Engine);
        x.Element("EngineMode"u8, "provisioned");
        x.Opt("AllocatedStorage"u8, s.AllocatedStorage);
        x.Element("Status"u8, s.Status);
        x.Opt("Port"u8, s.Port);
        x.Element("VpcId"u8, s.VpcId);
        x.Opt("ClusterCreateTime"u8, s.InstanceCreateTime);
        x.Element("MasterUsername"u8, s.MasterUsername);
        x.Element("EngineVersion"u8, s.EngineVersion);
        x.Element("LicenseModel"u8, s.LicenseModel);
        x.Element("SnapshotType"u8, s.SnapshotType);
        x.Opt("PercentProgress"u8, s.PercentProgress);
        x.Opt("StorageEncrypted"u8, s.Encrypted);
        x.OptElement("KmsKeyId"u8, s.KmsKeyId);
        x.Element("DBClusterSnapshotArn"u8, s.Arn);
        x.Opt("IAMDatabaseAuthenticationEnabled"u8, s.IamDatabaseAuthenticationEnabled);
        WriteTags(x, s.Tags, emptyAsPair: true);
        x.Element("StorageType"u8, "aurora");
        x.Element("DbClusterResourceId"u8, s.DbiResourceId);
        x.Close("DBClusterSnapshot"u8);
    }

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

    // The instance writer renders an empty value as <Name />; the rest, as the element trees wrote them, <Name></Name>.
    private static void Value(XmlBuffer x, ReadOnlySpan<byte> name, string value, bool emptyAsPair)
    {
        if (emptyAsPair)
        {
            x.Element(name, value);
        }
        else
        {
            x.Text(name, value);
        }
    }

    private static void WriteSecurityGroups(XmlBuffer x, List<string> groupIds, bool emptyAsPair)
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
            Value(x, "VpcSecurityGroupId"u8, groupId, emptyAsPair);
            Value(x, "Status"u8, "active", emptyAsPair);
            x.Close("VpcSecurityGroupMembership"u8);
        }

        x.Close("VpcSecurityGroups"u8);
    }

    /// <summary>A TagList; <paramref name="emptyAsPair"/> as the element trees wrote it (see <see cref="Value"/>).</summary>
    public static void WriteTags(XmlBuffer x, List<KeyValuePair<string, string>> tags, bool emptyAsPair)
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
            Value(x, "Key"u8, key, emptyAsPair);
            Value(x, "Value"u8, value, emptyAsPair);
            x.Close("Tag"u8);
        }

        x.Close("TagList"u8);
    }

    // The element of what a writer wrote, for the few responses still built as trees (whitespace kept as written).
    private static XElement Parsed(Action<XmlBuffer> write)
    {
        var buffer = new XmlBuffer();
        write(buffer);
        var element = XElement.Parse(buffer.ToString(), LoadOptions.PreserveWhitespace);
        buffer.Release();
        return element;
    }
}
