namespace Flywheel.Reports.Keys;

/// <summary>
/// One row of the key report: a key in the inventory, or (<see cref="Known"/> false) a key that resources reference
/// but that was not collected, identified only by the reference they hold.
/// </summary>
public sealed record KeyEntry
{
    public required bool Known { get; init; }

    public required string AccountId { get; init; }

    public required string Region { get; init; }

    /// <summary>The key ARN, or for an unknown key the reference the dependents hold (id, alias or ARN).</summary>
    public required string Reference { get; init; }

    public string? KeyId { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Manager { get; init; }

    public string? Spec { get; init; }

    public string? State { get; init; }

    public bool? RotationEnabled { get; init; }

    public int? RotationPeriodInDays { get; init; }

    public DateTimeOffset? LastRotation { get; init; }

    public required IReadOnlyList<KeyDependent> Dependents { get; init; }
}
