using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBParameterGroupsMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBParameterGroupsMessage")]
internal sealed record DescribeDBParameterGroupsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBParameterGroup>? DBParameterGroups { get; init; }
}
