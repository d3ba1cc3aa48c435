namespace Flywheel.Sandbox.State;

/// <summary>A GuardDuty detector of one region.</summary>
internal sealed class DetectorState
{
    public required string DetectorId { get; init; }

    /// <summary>ENABLED or DISABLED.</summary>
    public string Status { get; set; } = "ENABLED";

    public required DateTimeOffset CreatedAt { get; init; }

    public string FindingPublishingFrequency { get; init; } = "SIX_HOURS";

    /// <summary>Feature name (S3_DATA_EVENTS, RDS_LOGIN_EVENTS, …) → ENABLED or DISABLED.</summary>
    public SortedDictionary<string, string> Features { get; } = new(StringComparer.Ordinal);
}
