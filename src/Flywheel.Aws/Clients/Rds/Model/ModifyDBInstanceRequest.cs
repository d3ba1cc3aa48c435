using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>
/// rds <c>ModifyDBInstanceMessage</c> (request); members as named in the service model. Password members are left
/// out on purpose: Flywheel never sends a password (it can ask RDS to manage one in Secrets Manager instead).
/// </summary>
[AwsShape("rds", "ModifyDBInstanceMessage")]
internal sealed record ModifyDBInstanceRequest
{
    public string? DBInstanceIdentifier { get; init; }

    public int? AllocatedStorage { get; init; }

    public string? DBInstanceClass { get; init; }

    public string? DBSubnetGroupName { get; init; }

    public IReadOnlyList<string>? DBSecurityGroups { get; init; }

    public IReadOnlyList<string>? VpcSecurityGroupIds { get; init; }

    public bool? ApplyImmediately { get; init; }

    public string? DBParameterGroupName { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? PreferredMaintenanceWindow { get; init; }

    public bool? MultiAZ { get; init; }

    public string? EngineVersion { get; init; }

    public bool? AllowMajorVersionUpgrade { get; init; }

    public bool? AutoMinorVersionUpgrade { get; init; }

    public string? LicenseModel { get; init; }

    public int? Iops { get; init; }

    public int? StorageThroughput { get; init; }

    public string? OptionGroupName { get; init; }

    public string? NewDBInstanceIdentifier { get; init; }

    public string? StorageType { get; init; }

    public string? TdeCredentialArn { get; init; }

    public string? CACertificateIdentifier { get; init; }

    public string? Domain { get; init; }

    public string? DomainFqdn { get; init; }

    public string? DomainOu { get; init; }

    public string? DomainAuthSecretArn { get; init; }

    public IReadOnlyList<string>? DomainDnsIps { get; init; }

    public bool? DisableDomain { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public int? MonitoringInterval { get; init; }

    public int? DBPortNumber { get; init; }

    public bool? PubliclyAccessible { get; init; }

    public string? MonitoringRoleArn { get; init; }

    public string? DomainIAMRoleName { get; init; }

    public int? PromotionTier { get; init; }

    public bool? EnableIAMDatabaseAuthentication { get; init; }

    public string? DatabaseInsightsMode { get; init; }

    public bool? EnablePerformanceInsights { get; init; }

    public string? PerformanceInsightsKMSKeyId { get; init; }

    public int? PerformanceInsightsRetentionPeriod { get; init; }

    public bool? UseDefaultProcessorFeatures { get; init; }

    public bool? DeletionProtection { get; init; }

    public int? MaxAllocatedStorage { get; init; }

    public bool? CertificateRotationRestart { get; init; }

    public string? ReplicaMode { get; init; }

    public string? AutomationMode { get; init; }

    public int? ResumeFullAutomationModeMinutes { get; init; }

    public bool? EnableCustomerOwnedIp { get; init; }

    public string? NetworkType { get; init; }

    public string? AwsBackupRecoveryPointArn { get; init; }

    public bool? ManageMasterUserPassword { get; init; }

    public bool? RotateMasterUserPassword { get; init; }

    public string? MasterUserSecretKmsKeyId { get; init; }

    public bool? MultiTenant { get; init; }

    public bool? DedicatedLogVolume { get; init; }

    public string? Engine { get; init; }

    public string? MasterUserAuthenticationType { get; init; }

    public string? EngineLifecycleSupport { get; init; }
}
