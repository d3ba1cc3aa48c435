using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>Tag</c> (nested shape); members as named in the service model.</summary>
[AwsShape("secretsmanager", "Tag")]
internal sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
