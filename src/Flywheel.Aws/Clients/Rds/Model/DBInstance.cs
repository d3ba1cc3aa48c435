using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBInstance</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBInstance")]
internal sealed record DBInstance
{
    public string? DBInstanceIdentifier { get; init; }

    public string? DBInstanceClass { get; init; }

    public string? Engine { get; init; }

    public string? DBInstanceStatus { get; init; }

    public string? MasterUsername { get; init; }

    public string? DBName { get; init; }

    public Endpoint? Endpoint { get; init; }

    public int? AllocatedStorage { get; init; }

    public DateTimeOffset? InstanceCreateTime { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public IReadOnlyList<VpcSecurityGroupMembership>? VpcSecurityGroups { get; init; }

    public IReadOnlyList<DBParameterGroupStatus>? DBParameterGroups { get; init; }

    public string? AvailabilityZone { get; init; }

    public DBSubnetGroup? DBSubnetGroup { get; init; }

    public string? PreferredMaintenanceWindow { get; init; }

    public string? UpgradeRolloutOrder { get; init; }

    public PendingModifiedValues? PendingModifiedValues { get; init; }

    public DateTimeOffset? LatestRestorableTime { get; init; }

    public bool? MultiAZ { get; init; }

    public string? EngineVersion { get; init; }

    public bool? AutoMinorVersionUpgrade { get; init; }

    public string? ReadReplicaSourceDBInstanceIdentifier { get; init; }

    public IReadOnlyList<string>? ReadReplicaDBInstanceIdentifiers { get; init; }

    public IReadOnlyList<string>? ReadReplicaDBClusterIdentifiers { get; init; }

    public string? ReplicaMode { get; init; }

    public string? LicenseModel { get; init; }

    public int? Iops { get; init; }

    public int? StorageThroughput { get; init; }

    public IReadOnlyList<OptionGroupMembership>? OptionGroupMemberships { get; init; }

    public string? CharacterSetName { get; init; }

    public string? NcharCharacterSetName { get; init; }

    public string? SecondaryAvailabilityZone { get; init; }

    public bool? PubliclyAccessible { get; init; }

    public string? StorageType { get; init; }

    public string? StorageEncryptionType { get; init; }

    public string? TdeCredentialArn { get; init; }

    public int? DbInstancePort { get; init; }

    public string? DBClusterIdentifier { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public string? DbiResourceId { get; init; }

    public string? CACertificateIdentifier { get; init; }

    public CertificateDetails? CertificateDetails { get; init; }

    public MasterUserSecret? MasterUserSecret { get; init; }

    public IReadOnlyList<DBInstanceAutomatedBackupsReplication>? DBInstanceAutomatedBackupsReplications { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public int? MonitoringInterval { get; init; }

    public string? EnhancedMonitoringResourceArn { get; init; }

    public string? MonitoringRoleArn { get; init; }

    public int? PromotionTier { get; init; }

    public string? DBInstanceArn { get; init; }

    public string? Timezone { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public string? DatabaseInsightsMode { get; init; }

    public bool? PerformanceInsightsEnabled { get; init; }

    public string? PerformanceInsightsKMSKeyId { get; init; }

    public int? PerformanceInsightsRetentionPeriod { get; init; }

    public IReadOnlyList<string>? EnabledCloudwatchLogsExports { get; init; }

    public bool? DeletionProtection { get; init; }

    public Endpoint? ListenerEndpoint { get; init; }

    public int? MaxAllocatedStorage { get; init; }

    public IReadOnlyList<Tag>? TagList { get; init; }

    public string? AutomationMode { get; init; }

    public DateTimeOffset? ResumeFullAutomationModeTime { get; init; }

    public bool? CustomerOwnedIpEnabled { get; init; }

    public string? NetworkType { get; init; }

    public string? ActivityStreamStatus { get; init; }

    public string? ActivityStreamKmsKeyId { get; init; }

    public string? ActivityStreamKinesisStreamName { get; init; }

    public string? ActivityStreamMode { get; init; }

    public bool? ActivityStreamEngineNativeAuditFieldsIncluded { get; init; }

    public string? AwsBackupRecoveryPointArn { get; init; }

    public string? BackupTarget { get; init; }

    public DateTimeOffset? AutomaticRestartTime { get; init; }

    public string? CustomIamInstanceProfile { get; init; }

    public string? ActivityStreamPolicyStatus { get; init; }

    public string? DBSystemId { get; init; }

    public string? ReadReplicaSourceDBClusterIdentifier { get; init; }

    public string? PercentProgress { get; init; }

    public bool? MultiTenant { get; init; }

    public bool? DedicatedLogVolume { get; init; }

    public bool? IsStorageConfigUpgradeAvailable { get; init; }

    public string? EngineLifecycleSupport { get; init; }

    public string? StorageVolumeStatus { get; init; }

    public string? StorageOperationStatus { get; init; }

    public int? StorageOperationPercentProgress { get; init; }
}
