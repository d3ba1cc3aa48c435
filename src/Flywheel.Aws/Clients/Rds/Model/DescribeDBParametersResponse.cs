using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBParameterGroupDetails</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBParameterGroupDetails")]
internal sealed record DescribeDBParametersResponse
{
    public IReadOnlyList<Parameter>? Parameters { get; init; }

    public string? Marker { get; init; }
}
