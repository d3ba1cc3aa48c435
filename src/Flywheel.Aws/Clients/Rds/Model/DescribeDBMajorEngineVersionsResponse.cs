using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBMajorEngineVersionsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBMajorEngineVersionsResponse")]
internal sealed record DescribeDBMajorEngineVersionsResponse
{
    public IReadOnlyList<DBMajorEngineVersion>? DBMajorEngineVersions { get; init; }

    public string? Marker { get; init; }
}
