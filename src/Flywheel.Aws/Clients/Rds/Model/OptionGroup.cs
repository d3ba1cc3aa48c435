using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>OptionGroup</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "OptionGroup")]
internal sealed record OptionGroup
{
    public string? OptionGroupName { get; init; }

    public string? OptionGroupDescription { get; init; }

    public string? EngineName { get; init; }

    public string? MajorEngineVersion { get; init; }

    public IReadOnlyList<Option>? Options { get; init; }

    public bool? AllowsVpcAndNonVpcInstanceMemberships { get; init; }

    public string? VpcId { get; init; }

    public string? OptionGroupArn { get; init; }

    public string? SourceOptionGroup { get; init; }

    public string? SourceAccountId { get; init; }

    public DateTimeOffset? CopyTimestamp { get; init; }
}
