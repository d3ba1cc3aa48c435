using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBProxiesRequest</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBProxiesRequest")]
internal sealed record DescribeDBProxiesRequest
{
    public string? DBProxyName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public string? Marker { get; init; }

    public int? MaxRecords { get; init; }
}
