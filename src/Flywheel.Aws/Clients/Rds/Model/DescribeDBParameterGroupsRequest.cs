using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBParameterGroupsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBParameterGroupsMessage")]
internal sealed record DescribeDBParameterGroupsRequest
{
    public string? DBParameterGroupName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
