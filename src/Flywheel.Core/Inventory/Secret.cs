namespace Flywheel.Core.Inventory;

/// <summary>A Secrets Manager secret (ListSecrets).</summary>
public sealed record Secret : AwsResource
{
    public override string ResourceType => "AWS::SecretsManager::Secret";

    public override string Name => SecretName;

    public required string SecretName { get; init; }

    public bool? RotationEnabled { get; init; }

    public int? RotationAutomaticallyAfterDays { get; init; }

    public string? RotationScheduleExpression { get; init; }

    public string? RotationLambdaArn { get; init; }

    public DateTimeOffset? LastRotatedDate { get; init; }

    public DateTimeOffset? LastChangedDate { get; init; }

    public DateTimeOffset? NextRotationDate { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    /// <summary>The service that manages the secret, <c>rds</c> for RDS-managed master user secrets.</summary>
    public string? OwningService { get; init; }

    public string? KmsKeyId { get; init; }

    public bool IsRdsManaged => string.Equals(OwningService, "rds", StringComparison.Ordinal);
}
