using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>GetKeyRotationStatusRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "GetKeyRotationStatusRequest")]
internal sealed record GetKeyRotationStatusRequest
{
    public string? KeyId { get; init; }
}
