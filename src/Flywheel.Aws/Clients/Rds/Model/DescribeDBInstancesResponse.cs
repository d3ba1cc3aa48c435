using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBInstanceMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBInstanceMessage")]
internal sealed record DescribeDBInstancesResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBInstance>? DBInstances { get; init; }
}
