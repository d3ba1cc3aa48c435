using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>GetTrailStatusResponse</c> (response); members as named in the service model.</summary>
[AwsShape("cloudtrail", "GetTrailStatusResponse")]
internal sealed record GetTrailStatusResponse
{
    public bool? IsLogging { get; init; }

    public string? LatestDeliveryError { get; init; }

    public string? LatestNotificationError { get; init; }

    public DateTimeOffset? LatestDeliveryTime { get; init; }

    public DateTimeOffset? LatestNotificationTime { get; init; }

    public DateTimeOffset? StartLoggingTime { get; init; }

    public DateTimeOffset? StopLoggingTime { get; init; }

    public string? LatestCloudWatchLogsDeliveryError { get; init; }

    public DateTimeOffset? LatestCloudWatchLogsDeliveryTime { get; init; }

    public DateTimeOffset? LatestDigestDeliveryTime { get; init; }

    public string? LatestDigestDeliveryError { get; init; }

    public string? LatestDeliveryAttemptTime { get; init; }

    public string? LatestNotificationAttemptTime { get; init; }

    public string? LatestNotificationAttemptSucceeded { get; init; }

    public string? LatestDeliveryAttemptSucceeded { get; init; }

    public string? TimeLoggingStarted { get; init; }

    public string? TimeLoggingStopped { get; init; }
}
