using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>AliasListEntry</c> (nested shape); members as named in the service model.</summary>
[AwsShape("kms", "AliasListEntry")]
internal sealed record AliasListEntry
{
    public string? AliasName { get; init; }

    public string? AliasArn { get; init; }

    public string? TargetKeyId { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public DateTimeOffset? LastUpdatedDate { get; init; }
}
