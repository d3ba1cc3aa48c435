using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBSnapshot</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBSnapshot")]
internal sealed record DBSnapshot
{
    public string? DBSnapshotIdentifier { get; init; }

    public string? DBInstanceIdentifier { get; init; }

    public DateTimeOffset? SnapshotCreateTime { get; init; }

    public string? Engine { get; init; }

    public int? AllocatedStorage { get; init; }

    public string? Status { get; init; }

    public int? Port { get; init; }

    public string? AvailabilityZone { get; init; }

    public string? VpcId { get; init; }

    public DateTimeOffset? InstanceCreateTime { get; init; }

    public string? MasterUsername { get; init; }

    public string? EngineVersion { get; init; }

    public string? LicenseModel { get; init; }

    public string? SnapshotType { get; init; }

    public int? Iops { get; init; }

    public int? StorageThroughput { get; init; }

    public string? OptionGroupName { get; init; }

    public int? PercentProgress { get; init; }

    public string? SourceRegion { get; init; }

    public string? SourceDBSnapshotIdentifier { get; init; }

    public string? StorageType { get; init; }

    public string? TdeCredentialArn { get; init; }

    public bool? Encrypted { get; init; }

    public string? StorageEncryptionType { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? KmsKeyId { get; init; }

    public string? DBSnapshotArn { get; init; }

    public string? Timezone { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public string? DbiResourceId { get; init; }

    public IReadOnlyList<Tag>? TagList { get; init; }

    public string? SnapshotTarget { get; init; }

    public DateTimeOffset? OriginalSnapshotCreateTime { get; init; }

    public DateTimeOffset? SnapshotDatabaseTime { get; init; }

    public string? DBSystemId { get; init; }

    public bool? MultiTenant { get; init; }

    public bool? DedicatedLogVolume { get; init; }

    public string? SnapshotAvailabilityZone { get; init; }
}
