namespace Flywheel.Core.Inventory;

/// <summary>An RDS DB instance (DescribeDBInstances). Null means the field was absent from what was collected.</summary>
public sealed record DbInstance : AwsResource
{
    public override string ResourceType => "AWS::RDS::DBInstance";

    public override string Name => Identifier;

    public required string Identifier { get; init; }

    public string? DbiResourceId { get; init; }

    public required string Engine { get; init; }

    public string? EngineVersion { get; init; }

    public string? InstanceClass { get; init; }

    public string? Status { get; init; }

    /// <summary>Set for an instance that is a member of an Aurora cluster (or a Multi-AZ DB cluster).</summary>
    public string? ClusterIdentifier { get; init; }

    /// <summary>Set for a read replica of another instance.</summary>
    public string? ReadReplicaSourceIdentifier { get; init; }

    /// <summary>Set for a read replica of a cluster.</summary>
    public string? ReadReplicaSourceClusterIdentifier { get; init; }

    public bool? PubliclyAccessible { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public string? SubnetGroupName { get; init; }

    public IReadOnlyList<string> SubnetIds { get; init; } = [];

    public IReadOnlyList<string> VpcSecurityGroupIds { get; init; } = [];

    public IReadOnlyList<string> ParameterGroupNames { get; init; } = [];

    public IReadOnlyList<string> OptionGroupNames { get; init; } = [];

    public bool? StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public bool? DeletionProtection { get; init; }

    public bool? IamDatabaseAuthenticationEnabled { get; init; }

    public string? MasterUsername { get; init; }

    /// <summary>Present when the master password is managed by RDS in Secrets Manager.</summary>
    public MasterUserSecret? MasterUserSecret { get; init; }

    public int? MonitoringInterval { get; init; }

    public IReadOnlyList<string>? EnabledCloudwatchLogsExports { get; init; }

    public bool? AutoMinorVersionUpgrade { get; init; }

    public bool? PerformanceInsightsEnabled { get; init; }

    public string? PerformanceInsightsKmsKeyId { get; init; }

    public string? CaCertificateIdentifier { get; init; }

    public DateTimeOffset? CertificateValidTill { get; init; }

    public bool? MultiAz { get; init; }

    public string? StorageType { get; init; }

    public int? AllocatedStorageGiB { get; init; }

    public DateTimeOffset? InstanceCreateTime { get; init; }

    public string? EngineLifecycleSupport { get; init; }

    /// <summary>ARNs of the cross-region replications of this instance's automated backups.</summary>
    public IReadOnlyList<string> AutomatedBackupReplicationArns { get; init; } = [];

    public string? PreferredMaintenanceWindow { get; init; }
}
