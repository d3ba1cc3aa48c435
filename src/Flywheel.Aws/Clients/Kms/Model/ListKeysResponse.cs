using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListKeysResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "ListKeysResponse")]
internal sealed record ListKeysResponse
{
    public IReadOnlyList<KeyListEntry>? Keys { get; init; }

    public string? NextMarker { get; init; }

    public bool? Truncated { get; init; }
}
