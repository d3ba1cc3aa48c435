using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClustersMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClustersMessage")]
internal sealed record DescribeDBClustersRequest
{
    public string? DBClusterIdentifier { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? IncludeShared { get; init; }
}
