using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>GetCallerIdentityResponse</c> (response); members as named in the service model.</summary>
[AwsShape("sts", "GetCallerIdentityResponse")]
internal sealed record GetCallerIdentityResponse
{
    public string? UserId { get; init; }

    public string? Account { get; init; }

    public string? Arn { get; init; }
}
