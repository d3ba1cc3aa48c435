using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListAliasesRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "ListAliasesRequest")]
internal sealed record ListAliasesRequest
{
    public string? KeyId { get; init; }

    public int? Limit { get; init; }

    public string? Marker { get; init; }
}
