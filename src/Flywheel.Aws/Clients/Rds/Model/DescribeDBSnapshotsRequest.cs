using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBSnapshotsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBSnapshotsMessage")]
internal sealed record DescribeDBSnapshotsRequest
{
    public string? DBInstanceIdentifier { get; init; }

    public string? DBSnapshotIdentifier { get; init; }

    public string? SnapshotType { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? IncludeShared { get; init; }

    public bool? IncludePublic { get; init; }

    public string? DbiResourceId { get; init; }
}
