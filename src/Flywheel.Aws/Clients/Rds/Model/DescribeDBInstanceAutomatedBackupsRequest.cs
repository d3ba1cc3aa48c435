using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeDBInstanceAutomatedBackupsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeDBInstanceAutomatedBackupsMessage")]
internal sealed record DescribeDBInstanceAutomatedBackupsRequest
{
    public string? DbiResourceId { get; init; }

    public string? DBInstanceIdentifier { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }

    public string? DBInstanceAutomatedBackupsArn { get; init; }
}
