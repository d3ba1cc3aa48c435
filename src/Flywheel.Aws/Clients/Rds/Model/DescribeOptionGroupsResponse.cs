using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>OptionGroups</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "OptionGroups")]
internal sealed record DescribeOptionGroupsResponse
{
    public IReadOnlyList<OptionGroup>? OptionGroupsList { get; init; }

    public string? Marker { get; init; }
}
