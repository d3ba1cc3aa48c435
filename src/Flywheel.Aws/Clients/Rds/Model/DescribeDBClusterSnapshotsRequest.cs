using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClusterSnapshotsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClusterSnapshotsMessage")]
internal sealed record DescribeDBClusterSnapshotsRequest
{
    public string? DBClusterIdentifier { get; init; }

    public string? DBClusterSnapshotIdentifier { get; init; }

    public string? SnapshotType { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? IncludeShared { get; init; }

    public bool? IncludePublic { get; init; }

    public string? DbClusterResourceId { get; init; }
}
