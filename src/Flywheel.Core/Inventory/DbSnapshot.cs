namespace Flywheel.Core.Inventory;

/// <summary>A DB snapshot or DB cluster snapshot, with its restore (sharing) attribute when collected.</summary>
public sealed record DbSnapshot : AwsResource
{
    public override string ResourceType => Kind == SnapshotKind.Cluster ? "AWS::RDS::DBClusterSnapshot" : "AWS::RDS::DBSnapshot";

    public override string Name => Identifier;

    public required SnapshotKind Kind { get; init; }

    public required string Identifier { get; init; }

    /// <summary>The DB instance or DB cluster the snapshot was taken of.</summary>
    public string? SourceIdentifier { get; init; }

    /// <summary>manual, automated, shared, public, awsbackup.</summary>
    public string? SnapshotType { get; init; }

    public string? Engine { get; init; }

    public string? EngineVersion { get; init; }

    public string? Status { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public DateTimeOffset? SnapshotCreateTime { get; init; }

    public int? AllocatedStorageGiB { get; init; }

    public string? VpcId { get; init; }

    /// <summary>
    /// The values of the <c>restore</c> attribute: account ids the snapshot is shared with, or <c>all</c> when public.
    /// Null when the attributes were not collected (automated snapshots cannot be shared, so they are never asked).
    /// </summary>
    public IReadOnlyList<string>? RestoreAttributeValues { get; init; }

    public bool IsManual => string.Equals(SnapshotType, "manual", StringComparison.Ordinal);
}
