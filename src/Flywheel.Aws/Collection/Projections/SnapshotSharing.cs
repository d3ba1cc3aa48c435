using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Collection.Projections;

/// <summary>What the collection reads from a listed rds <c>DBSnapshot</c> to decide whether to ask who it is shared with.</summary>
[AwsShape("rds", "DBSnapshot")]
internal sealed record SnapshotSharing
{
    public string? DBSnapshotIdentifier { get; init; }

    public string? SnapshotType { get; init; }

    public bool? Encrypted { get; init; }

    public string? KmsKeyId { get; init; }
}
