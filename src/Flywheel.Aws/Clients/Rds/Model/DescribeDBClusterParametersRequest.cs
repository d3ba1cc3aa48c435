using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBClusterParametersMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBClusterParametersMessage")]
internal sealed record DescribeDBClusterParametersRequest
{
    public string? DBClusterParameterGroupName { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
