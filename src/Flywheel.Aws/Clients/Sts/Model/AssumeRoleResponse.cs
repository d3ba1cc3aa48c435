using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>AssumeRoleResponse</c> (response); members as named in the service model.</summary>
[AwsShape("sts", "AssumeRoleResponse")]
internal sealed record AssumeRoleResponse
{
    public Credentials? Credentials { get; init; }

    public AssumedRoleUser? AssumedRoleUser { get; init; }

    public int? PackedPolicySize { get; init; }

    public string? SourceIdentity { get; init; }
}
