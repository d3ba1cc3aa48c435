using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>GetKeyPolicyRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "GetKeyPolicyRequest")]
internal sealed record GetKeyPolicyRequest
{
    public string? KeyId { get; init; }

    public string? PolicyName { get; init; }
}
