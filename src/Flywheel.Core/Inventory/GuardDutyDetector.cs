namespace Flywheel.Core.Inventory;

/// <summary>A GuardDuty detector with the status of RDS Protection (the RDS_LOGIN_EVENTS feature).</summary>
public sealed record GuardDutyDetector : AwsResource
{
    public override string ResourceType => "AWS::GuardDuty::Detector";

    public override string Name => DetectorId;

    public required string DetectorId { get; init; }

    /// <summary>ENABLED or DISABLED.</summary>
    public string? Status { get; init; }

    /// <summary>Status of the RDS_LOGIN_EVENTS feature (ENABLED or DISABLED); null when the detector was not read.</summary>
    public string? RdsLoginEventsStatus { get; init; }
}
