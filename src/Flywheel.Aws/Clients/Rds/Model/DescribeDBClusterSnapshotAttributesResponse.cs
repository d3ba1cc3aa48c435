using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClusterSnapshotAttributesResult</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClusterSnapshotAttributesResult")]
internal sealed record DescribeDBClusterSnapshotAttributesResponse
{
    public DBClusterSnapshotAttributesResult? DBClusterSnapshotAttributesResult { get; init; }
}
