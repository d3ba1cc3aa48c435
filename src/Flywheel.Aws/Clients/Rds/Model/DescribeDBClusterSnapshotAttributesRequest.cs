using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClusterSnapshotAttributesMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClusterSnapshotAttributesMessage")]
internal sealed record DescribeDBClusterSnapshotAttributesRequest
{
    public string? DBClusterSnapshotIdentifier { get; init; }
}
