using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBSnapshotAttributesResult</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBSnapshotAttributesResult")]
internal sealed record DescribeDBSnapshotAttributesResponse
{
    public DBSnapshotAttributesResult? DBSnapshotAttributesResult { get; init; }
}
