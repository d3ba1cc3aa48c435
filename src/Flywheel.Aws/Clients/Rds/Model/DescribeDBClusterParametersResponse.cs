using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterParameterGroupDetails</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterParameterGroupDetails")]
internal sealed record DescribeDBClusterParametersResponse
{
    public IReadOnlyList<Parameter>? Parameters { get; init; }

    public string? Marker { get; init; }
}
