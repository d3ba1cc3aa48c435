using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBSnapshotAttributesMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBSnapshotAttributesMessage")]
internal sealed record DescribeDBSnapshotAttributesRequest
{
    public string? DBSnapshotIdentifier { get; init; }
}
