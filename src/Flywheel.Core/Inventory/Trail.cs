namespace Flywheel.Core.Inventory;

/// <summary>A CloudTrail trail with its status and event selectors when collected.</summary>
public sealed record Trail : AwsResource
{
    public override string ResourceType => "AWS::CloudTrail::Trail";

    public override string Name => TrailName;

    public required string TrailName { get; init; }

    public string? HomeRegion { get; init; }

    public bool? IsMultiRegion { get; init; }

    public bool? IsOrganizationTrail { get; init; }

    public bool? LogFileValidationEnabled { get; init; }

    public string? KmsKeyId { get; init; }

    /// <summary>From GetTrailStatus; null when not collected.</summary>
    public bool? IsLogging { get; init; }

    /// <summary>
    /// Whether the trail records management events (read and write), from GetEventSelectors; null when not collected.
    /// </summary>
    public bool? LogsAllManagementEvents { get; init; }

    /// <summary>Whether the trail records at least write management events; null when not collected.</summary>
    public bool? LogsWriteManagementEvents { get; init; }
}
