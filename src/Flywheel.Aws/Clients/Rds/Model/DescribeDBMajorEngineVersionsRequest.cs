using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBMajorEngineVersionsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBMajorEngineVersionsRequest")]
internal sealed record DescribeDBMajorEngineVersionsRequest
{
    public string? Engine { get; init; }

    public string? MajorEngineVersion { get; init; }

    public string? Marker { get; init; }

    public int? MaxRecords { get; init; }
}
