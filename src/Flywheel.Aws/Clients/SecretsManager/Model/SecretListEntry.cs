using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>SecretListEntry</c> (nested shape); members as named in the service model.</summary>
[AwsShape("secretsmanager", "SecretListEntry")]
internal sealed record SecretListEntry
{
    public string? ARN { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public string? Description { get; init; }

    public string? KmsKeyId { get; init; }

    public bool? RotationEnabled { get; init; }

    public string? RotationLambdaARN { get; init; }

    public RotationRulesType? RotationRules { get; init; }

    public string? ExternalSecretRotationRoleArn { get; init; }

    public DateTimeOffset? LastRotatedDate { get; init; }

    public DateTimeOffset? LastChangedDate { get; init; }

    public DateTimeOffset? LastAccessedDate { get; init; }

    public DateTimeOffset? DeletedDate { get; init; }

    public DateTimeOffset? NextRotationDate { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>>? SecretVersionsToStages { get; init; }

    public string? OwningService { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public string? PrimaryRegion { get; init; }
}
