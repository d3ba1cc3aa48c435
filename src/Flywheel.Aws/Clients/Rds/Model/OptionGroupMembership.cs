using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>OptionGroupMembership</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "OptionGroupMembership")]
internal sealed record OptionGroupMembership
{
    public string? OptionGroupName { get; init; }

    public string? Status { get; init; }
}
