namespace Flywheel.Core.Inventory;

/// <summary>Retained or replicated automated backups of a DB instance (DescribeDBInstanceAutomatedBackups).</summary>
public sealed record AutomatedBackup : AwsResource
{
    public override string ResourceType => "AWS::RDS::DBInstanceAutomatedBackup";

    public override string Name => DbInstanceIdentifier ?? DbiResourceId;

    public required string DbiResourceId { get; init; }

    public string? DbInstanceIdentifier { get; init; }

    /// <summary>The region of the source instance; differs from <see cref="AwsResource.Region"/> for a replication.</summary>
    public string? SourceRegion { get; init; }

    public string? Status { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int? BackupRetentionPeriod { get; init; }
}
