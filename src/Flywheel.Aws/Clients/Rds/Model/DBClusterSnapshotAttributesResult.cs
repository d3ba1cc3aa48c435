using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterSnapshotAttributesResult</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterSnapshotAttributesResult")]
internal sealed record DBClusterSnapshotAttributesResult
{
    public string? DBClusterSnapshotIdentifier { get; init; }

    public IReadOnlyList<DBClusterSnapshotAttribute>? DBClusterSnapshotAttributes { get; init; }
}
