namespace Flywheel.Core.Inventory;

/// <summary>An engine version as RDS describes it (DescribeDBEngineVersions, DescribeDBMajorEngineVersions).</summary>
public sealed record EngineVersion : AwsResource
{
    public override string ResourceType => "AWS::RDS::DBEngineVersion";

    public override string Name => $"{Engine} {Version}";

    public required string Engine { get; init; }

    public required string Version { get; init; }

    public string? MajorVersion { get; init; }

    /// <summary>available or deprecated.</summary>
    public string? Status { get; init; }

    /// <summary>End of RDS standard support for the major version, when known.</summary>
    public DateTimeOffset? StandardSupportEnd { get; init; }

    /// <summary>End of RDS Extended Support for the major version, when known.</summary>
    public DateTimeOffset? ExtendedSupportEnd { get; init; }
}
