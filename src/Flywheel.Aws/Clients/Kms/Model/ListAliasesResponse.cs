using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListAliasesResponse</c> (response); members as named in the service model.</summary>
[AwsShape("kms", "ListAliasesResponse")]
internal sealed record ListAliasesResponse
{
    public IReadOnlyList<AliasListEntry>? Aliases { get; init; }

    public string? NextMarker { get; init; }

    public bool? Truncated { get; init; }
}
