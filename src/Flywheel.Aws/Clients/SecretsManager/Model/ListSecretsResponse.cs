using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>ListSecretsResponse</c> (response); members as named in the service model.</summary>
[AwsShape("secretsmanager", "ListSecretsResponse")]
internal sealed record ListSecretsResponse
{
    public IReadOnlyList<SecretListEntry>? SecretList { get; init; }

    public string? NextToken { get; init; }
}
