using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>Trail</c> (nested shape); members as named in the service model.</summary>
[AwsShape("cloudtrail", "Trail")]
internal sealed record Trail
{
    public string? Name { get; init; }

    public string? S3BucketName { get; init; }

    public string? S3KeyPrefix { get; init; }

    public string? SnsTopicName { get; init; }

    public string? SnsTopicARN { get; init; }

    public bool? IncludeGlobalServiceEvents { get; init; }

    public bool? IsMultiRegionTrail { get; init; }

    public string? HomeRegion { get; init; }

    public string? TrailARN { get; init; }

    public bool? LogFileValidationEnabled { get; init; }

    public string? CloudWatchLogsLogGroupArn { get; init; }

    public string? CloudWatchLogsRoleArn { get; init; }

    public string? KmsKeyId { get; init; }

    public bool? HasCustomEventSelectors { get; init; }

    public bool? HasInsightSelectors { get; init; }

    public bool? IsOrganizationTrail { get; init; }
}
