namespace Flywheel.Sandbox.State;

/// <summary>A Secrets Manager secret's metadata (values are never served).</summary>
internal sealed class SecretState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public string? Description { get; init; }

    public string? KmsKeyId { get; init; }

    public bool RotationEnabled { get; set; }

    public string? RotationLambdaArn { get; set; }

    public int? RotationAutomaticallyAfterDays { get; set; }

    public DateTimeOffset? LastRotatedDate { get; set; }

    public DateTimeOffset? LastChangedDate { get; set; }

    public DateTimeOffset? NextRotationDate { get; set; }

    public required DateTimeOffset CreatedDate { get; init; }

    public string? OwningService { get; init; }

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];

    public bool IsRdsManaged => OwningService == "rds";
}
