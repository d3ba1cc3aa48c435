using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBSnapshotMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBSnapshotMessage")]
internal sealed record DescribeDBSnapshotsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBSnapshot>? DBSnapshots { get; init; }
}
