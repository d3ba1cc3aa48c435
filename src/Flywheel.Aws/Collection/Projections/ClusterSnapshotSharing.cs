using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Collection.Projections;

/// <summary>What the collection reads from a listed rds <c>DBClusterSnapshot</c> to decide whether to ask who it is shared with.</summary>
[AwsShape("rds", "DBClusterSnapshot")]
internal sealed record ClusterSnapshotSharing
{
    public string? DBClusterSnapshotIdentifier { get; init; }

    public string? SnapshotType { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }
}
