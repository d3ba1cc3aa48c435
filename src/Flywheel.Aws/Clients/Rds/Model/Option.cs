using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Option</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Option")]
internal sealed record Option
{
    public string? OptionName { get; init; }

    public string? OptionDescription { get; init; }

    public bool? Persistent { get; init; }

    public bool? Permanent { get; init; }

    public int? Port { get; init; }

    public string? OptionVersion { get; init; }

    public IReadOnlyList<OptionSetting>? OptionSettings { get; init; }

    public IReadOnlyList<VpcSecurityGroupMembership>? VpcSecurityGroupMemberships { get; init; }
}
