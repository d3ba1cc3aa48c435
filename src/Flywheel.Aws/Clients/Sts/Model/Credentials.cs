using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>Credentials</c> (nested shape); members as named in the service model.</summary>
[AwsShape("sts", "Credentials")]
internal sealed record Credentials
{
    public string? AccessKeyId { get; init; }

    public string? SecretAccessKey { get; init; }

    public string? SessionToken { get; init; }

    public DateTimeOffset? Expiration { get; init; }

    // Temporary credentials must never reach a log through a record's generated ToString.
    public override string ToString() => $"Credentials {{ AccessKeyId = {AccessKeyId}, Expiration = {Expiration:O} }}";
}
