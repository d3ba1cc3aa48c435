using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Kms.Model;

/// <summary>kms <c>KeyListEntry</c> (nested shape); members as named in the service model.</summary>
[AwsShape("kms", "KeyListEntry")]
internal sealed record KeyListEntry
{
    public string? KeyId { get; init; }

    public string? KeyArn { get; init; }
}
