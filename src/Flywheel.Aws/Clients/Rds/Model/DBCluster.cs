using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBCluster</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBCluster")]
internal sealed record DBCluster
{
    public int? AllocatedStorage { get; init; }

    public IReadOnlyList<string>? AvailabilityZones { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? CharacterSetName { get; init; }

    public string? DatabaseName { get; init; }

    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterParameterGroup { get; init; }

    public string? DBSubnetGroup { get; init; }

    public string? Status { get; init; }

    public string? PercentProgress { get; init; }

    public DateTimeOffset? EarliestRestorableTime { get; init; }

    public string? Endpoint { get; init; }

    public string? ReaderEndpoint { get; init; }

    public IReadOnlyList<string>? CustomEndpoints { get; init; }

    public bool? MultiAZ { get; init; }

    public string? Engine { get; init; }

    public string? EngineVersion { get; init; }

    public DateTimeOffset? LatestRestorableTime { get; init; }

    public int? Port { get; init; }

    public string? MasterUsername { get; init; }

    public MasterUserSecret? MasterUserSecret { get; init; }

    public CertificateDetails? CertificateDetails { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? PreferredMaintenanceWindow { get; init; }

    public string? UpgradeRolloutOrder { get; init; }

    public string? ReplicationSourceIdentifier { get; init; }

    public IReadOnlyList<string>? ReadReplicaIdentifiers { get; init; }

    public IReadOnlyList<DBClusterMember>? DBClusterMembers { get; init; }

    public IReadOnlyList<VpcSecurityGroupMembership>? VpcSecurityGroups { get; init; }

    public string? HostedZoneId { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? StorageEncryptionType { get; init; }

    public string? KmsKeyId { get; init; }

    public string? DbClusterResourceId { get; init; }

    public string? DBClusterArn { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public string? CloneGroupId { get; init; }

    public DateTimeOffset? ClusterCreateTime { get; init; }

    public DateTimeOffset? EarliestBacktrackTime { get; init; }

    public long? BacktrackWindow { get; init; }

    public long? BacktrackConsumedChangeRecords { get; init; }

    public IReadOnlyList<string>? EnabledCloudwatchLogsExports { get; init; }

    public int? Capacity { get; init; }

    public string? EngineMode { get; init; }

    public string? DBClusterInstanceClass { get; init; }

    public string? StorageType { get; init; }

    public int? Iops { get; init; }

    public int? StorageThroughput { get; init; }

    public DateTimeOffset? IOOptimizedNextAllowedModificationTime { get; init; }

    public bool? PubliclyAccessible { get; init; }

    public bool? AutoMinorVersionUpgrade { get; init; }

    public bool? DeletionProtection { get; init; }

    public bool? HttpEndpointEnabled { get; init; }

    public string? ActivityStreamMode { get; init; }

    public string? ActivityStreamStatus { get; init; }

    public string? ActivityStreamKmsKeyId { get; init; }

    public string? ActivityStreamKinesisStreamName { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public bool? CrossAccountClone { get; init; }

    public IReadOnlyList<Tag>? TagList { get; init; }

    public string? GlobalClusterIdentifier { get; init; }

    public string? GlobalWriteForwardingStatus { get; init; }

    public bool? GlobalWriteForwardingRequested { get; init; }

    public string? NetworkType { get; init; }

    public DateTimeOffset? AutomaticRestartTime { get; init; }

    public string? ServerlessV2PlatformVersion { get; init; }

    public int? MonitoringInterval { get; init; }

    public string? MonitoringRoleArn { get; init; }

    public string? DatabaseInsightsMode { get; init; }

    public bool? PerformanceInsightsEnabled { get; init; }

    public string? PerformanceInsightsKMSKeyId { get; init; }

    public int? PerformanceInsightsRetentionPeriod { get; init; }

    public string? DBSystemId { get; init; }

    public string? LocalWriteForwardingStatus { get; init; }

    public string? AwsBackupRecoveryPointArn { get; init; }

    public string? ClusterScalabilityType { get; init; }

    public string? EngineLifecycleSupport { get; init; }

    public bool? VPCNetworkingEnabled { get; init; }

    public bool? InternetAccessGatewayEnabled { get; init; }
}
