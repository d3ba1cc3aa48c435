using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListGrantsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "ListGrantsResponse")]
internal sealed record ListGrantsResponse
{
    public IReadOnlyList<GrantListEntry>? Grants { get; init; }

    public string? NextMarker { get; init; }

    public bool? Truncated { get; init; }
}
