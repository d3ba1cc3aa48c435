using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterMessage")]
internal sealed record DescribeDBClustersResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBCluster>? DBClusters { get; init; }
}
