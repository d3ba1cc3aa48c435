using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>GrantListEntry</c> (nested shape); members as named in the service model.</summary>
[AwsShape("kms", "GrantListEntry")]
internal sealed record GrantListEntry
{
    public string? KeyId { get; init; }

    public string? GrantId { get; init; }

    public string? Name { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public string? GranteePrincipal { get; init; }

    public string? RetiringPrincipal { get; init; }

    public string? IssuingAccount { get; init; }

    public IReadOnlyList<string>? Operations { get; init; }

    public string? GranteeServicePrincipal { get; init; }

    public string? RetiringServicePrincipal { get; init; }
}
