using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>EnableKeyRotationRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "EnableKeyRotationRequest")]
internal sealed record EnableKeyRotationRequest
{
    public string? KeyId { get; init; }

    public int? RotationPeriodInDays { get; init; }
}
