using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBInstancesMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBInstancesMessage")]
internal sealed record DescribeDBInstancesRequest
{
    public string? DBInstanceIdentifier { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
