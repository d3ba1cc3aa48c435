using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>ListGrantsRequest</c> (request); members as named in the service model.</summary>
[AwsShape("kms", "ListGrantsRequest")]
internal sealed record ListGrantsRequest
{
    public int? Limit { get; init; }

    public string? Marker { get; init; }

    public string? KeyId { get; init; }

    public string? GrantId { get; init; }

    public string? GranteePrincipal { get; init; }

    public string? GranteeServicePrincipal { get; init; }
}
