using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListKeyRotationsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "ListKeyRotationsRequest")]
internal sealed record ListKeyRotationsRequest
{
    public string? KeyId { get; init; }

    public string? IncludeKeyMaterial { get; init; }

    public int? Limit { get; init; }

    public string? Marker { get; init; }
}
