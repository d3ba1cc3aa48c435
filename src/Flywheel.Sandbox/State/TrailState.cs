namespace Flywheel.Sandbox.State;

/// <summary>A CloudTrail trail; multi-region trails show in every region as shadow trails.</summary>
internal sealed class TrailState
{
    public required string Name { get; init; }

    public required string Arn { get; init; }

    public required string HomeRegion { get; init; }

    public required string S3BucketName { get; init; }

    public bool IsMultiRegionTrail { get; init; }

    public bool IncludeGlobalServiceEvents { get; init; } = true;

    public bool LogFileValidationEnabled { get; init; }

    public string? KmsKeyId { get; init; }

    public string? CloudWatchLogsLogGroupArn { get; init; }

    public bool IsLogging { get; set; } = true;

    public required DateTimeOffset StartLoggingTime { get; init; }

    public bool IncludeManagementEvents { get; init; } = true;

    /// <summary>All, ReadOnly or WriteOnly.</summary>
    public string ReadWriteType { get; init; } = "All";
}
