using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterParameterGroupsMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterParameterGroupsMessage")]
internal sealed record DescribeDBClusterParameterGroupsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBClusterParameterGroup>? DBClusterParameterGroups { get; init; }
}
