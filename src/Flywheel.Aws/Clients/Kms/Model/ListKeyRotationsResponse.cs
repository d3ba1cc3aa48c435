using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListKeyRotationsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "ListKeyRotationsResponse")]
internal sealed record ListKeyRotationsResponse
{
    public IReadOnlyList<RotationsListEntry>? Rotations { get; init; }

    public string? NextMarker { get; init; }

    public bool? Truncated { get; init; }
}
