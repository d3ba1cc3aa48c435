using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBEngineVersion</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBEngineVersion")]
internal sealed record DBEngineVersion
{
    public string? Engine { get; init; }

    public string? MajorEngineVersion { get; init; }

    public string? EngineVersion { get; init; }

    public string? DatabaseInstallationFilesS3BucketName { get; init; }

    public string? DatabaseInstallationFilesS3Prefix { get; init; }

    public IReadOnlyList<string>? DatabaseInstallationFiles { get; init; }

    public string? CustomDBEngineVersionManifest { get; init; }

    public string? DBParameterGroupFamily { get; init; }

    public string? DBEngineDescription { get; init; }

    public string? DBEngineVersionArn { get; init; }

    public string? DBEngineVersionDescription { get; init; }

    public string? FailureReason { get; init; }

    public string? DBEngineMediaType { get; init; }

    public string? KMSKeyId { get; init; }

    public DateTimeOffset? CreateTime { get; init; }

    public IReadOnlyList<string>? ExportableLogTypes { get; init; }

    public bool? SupportsLogExportsToCloudwatchLogs { get; init; }

    public bool? SupportsReadReplica { get; init; }

    public IReadOnlyList<string>? SupportedEngineModes { get; init; }

    public IReadOnlyList<string>? SupportedFeatureNames { get; init; }

    public string? Status { get; init; }

    public bool? SupportsParallelQuery { get; init; }

    public bool? SupportsGlobalDatabases { get; init; }

    public IReadOnlyList<Tag>? TagList { get; init; }

    public bool? SupportsBabelfish { get; init; }

    public bool? SupportsLimitlessDatabase { get; init; }

    public bool? SupportsCertificateRotationWithoutRestart { get; init; }

    public IReadOnlyList<string>? SupportedCACertificateIdentifiers { get; init; }

    public bool? SupportsLocalWriteForwarding { get; init; }

    public bool? SupportsIntegrations { get; init; }
}
