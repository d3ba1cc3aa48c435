using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterSnapshotMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterSnapshotMessage")]
internal sealed record DescribeDBClusterSnapshotsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBClusterSnapshot>? DBClusterSnapshots { get; init; }
}
