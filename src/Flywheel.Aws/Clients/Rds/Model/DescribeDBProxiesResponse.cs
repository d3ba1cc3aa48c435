using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBProxiesResponse</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBProxiesResponse")]
internal sealed record DescribeDBProxiesResponse
{
    public IReadOnlyList<DBProxy>? DBProxies { get; init; }

    public string? Marker { get; init; }
}
