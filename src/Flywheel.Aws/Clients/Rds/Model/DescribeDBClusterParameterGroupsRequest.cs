using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClusterParameterGroupsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClusterParameterGroupsMessage")]
internal sealed record DescribeDBClusterParameterGroupsRequest
{
    public string? DBClusterParameterGroupName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
