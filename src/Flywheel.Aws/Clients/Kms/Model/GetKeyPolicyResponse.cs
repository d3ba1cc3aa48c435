using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>GetKeyPolicyResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "GetKeyPolicyResponse")]
internal sealed record GetKeyPolicyResponse
{
    public string? Policy { get; init; }

    public string? PolicyName { get; init; }
}
