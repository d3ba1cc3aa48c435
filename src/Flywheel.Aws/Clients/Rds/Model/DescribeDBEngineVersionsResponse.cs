using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBEngineVersionMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBEngineVersionMessage")]
internal sealed record DescribeDBEngineVersionsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBEngineVersion>? DBEngineVersions { get; init; }
}
