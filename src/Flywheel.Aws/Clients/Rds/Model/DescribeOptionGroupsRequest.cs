using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeOptionGroupsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeOptionGroupsMessage")]
internal sealed record DescribeOptionGroupsRequest
{
    public string? OptionGroupName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public string? Marker { get; init; }

    public int? MaxRecords { get; init; }

    public string? EngineName { get; init; }

    public string? MajorEngineVersion { get; init; }
}
