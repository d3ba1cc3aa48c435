using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>RotationsListEntry</c> (nested shape); members as named in the service model.</summary>
[AwsShape("kms", "RotationsListEntry")]
internal sealed record RotationsListEntry
{
    public string? KeyId { get; init; }

    public string? KeyMaterialId { get; init; }

    public string? KeyMaterialDescription { get; init; }

    public string? ImportState { get; init; }

    public string? KeyMaterialState { get; init; }

    public string? ExpirationModel { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    public DateTimeOffset? RotationDate { get; init; }

    public string? RotationType { get; init; }
}
