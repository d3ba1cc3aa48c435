using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterSnapshot</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterSnapshot")]
internal sealed record DBClusterSnapshot
{
    public IReadOnlyList<string>? AvailabilityZones { get; init; }

    public string? DBClusterSnapshotIdentifier { get; init; }

    public string? DBClusterIdentifier { get; init; }

    public DateTimeOffset? SnapshotCreateTime { get; init; }

    public string? Engine { get; init; }

    public string? EngineMode { get; init; }

    public int? AllocatedStorage { get; init; }

    public string? Status { get; init; }

    public int? Port { get; init; }

    public string? VpcId { get; init; }

    public DateTimeOffset? ClusterCreateTime { get; init; }

    public string? MasterUsername { get; init; }

    public string? EngineVersion { get; init; }

    public string? LicenseModel { get; init; }

    public string? SnapshotType { get; init; }

    public int? PercentProgress { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? StorageEncryptionType { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public string? PreferredBackupWindow { get; init; }

    public string? KmsKeyId { get; init; }

    public string? DBClusterSnapshotArn { get; init; }

    public string? SourceDBClusterSnapshotArn { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public IReadOnlyList<Tag>? TagList { get; init; }

    public string? StorageType { get; init; }

    public int? StorageThroughput { get; init; }

    public string? DbClusterResourceId { get; init; }

    public string? DBSystemId { get; init; }
}
