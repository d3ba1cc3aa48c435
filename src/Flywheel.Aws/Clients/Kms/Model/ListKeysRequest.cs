using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListKeysRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "ListKeysRequest")]
internal sealed record ListKeysRequest
{
    public int? Limit { get; init; }

    public string? Marker { get; init; }
}
