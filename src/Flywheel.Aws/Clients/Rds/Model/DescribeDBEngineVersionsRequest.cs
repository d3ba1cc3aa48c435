using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBEngineVersionsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBEngineVersionsMessage")]
internal sealed record DescribeDBEngineVersionsRequest
{
    public string? Engine { get; init; }

    public string? EngineVersion { get; init; }

    public string? DBParameterGroupFamily { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public bool? DefaultOnly { get; init; }

    public bool? ListSupportedCharacterSets { get; init; }

    public bool? ListSupportedTimezones { get; init; }

    public bool? IncludeAll { get; init; }
}
