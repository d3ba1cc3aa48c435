using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>AssumedRoleUser</c> (nested shape); members as named in the service model.</summary>
[AwsShape("sts", "AssumedRoleUser")]
internal sealed record AssumedRoleUser
{
    public string? AssumedRoleId { get; init; }

    public string? Arn { get; init; }
}
