namespace Flywheel.Core.Inventory;

/// <summary>An RDS DB cluster: Aurora, or a Multi-AZ DB cluster (DescribeDBClusters).</summary>
public sealed record DbCluster : AwsResource
{
    public override string ResourceType => "AWS::RDS::DBCluster";

    public override string Name => Identifier;

    public required string Identifier { get; init; }

    public string? ClusterResourceId { get; init; }

    public required string Engine { get; init; }

    public string? EngineVersion { get; init; }

    /// <summary>provisioned, serverless, parallelquery, global, multimaster.</summary>
    public string? EngineMode { get; init; }

    /// <summary>Set for a Multi-AZ DB cluster (non-Aurora), which has an instance class of its own.</summary>
    public string? ClusterInstanceClass { get; init; }

    public string? Status { get; init; }

    public bool IsAurora => Engine.StartsWith("aurora", StringComparison.Ordinal);

    public bool? PubliclyAccessible { get; init; }

    public int? Port { get; init; }

    public string? SubnetGroupName { get; init; }

    public IReadOnlyList<string> VpcSecurityGroupIds { get; init; } = [];

    public string? ParameterGroupName { get; init; }

    public IReadOnlyList<string> MemberInstanceIdentifiers { get; init; } = [];

    public string? ReplicationSourceIdentifier { get; init; }

    public bool? StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public bool? CopyTagsToSnapshot { get; init; }

    public bool? DeletionProtection { get; init; }

    public bool? IamDatabaseAuthenticationEnabled { get; init; }

    public string? MasterUsername { get; init; }

    public MasterUserSecret? MasterUserSecret { get; init; }

    public IReadOnlyList<string>? EnabledCloudwatchLogsExports { get; init; }

    public bool? AutoMinorVersionUpgrade { get; init; }

    public int? MonitoringInterval { get; init; }

    public bool? PerformanceInsightsEnabled { get; init; }

    public string? PerformanceInsightsKmsKeyId { get; init; }

    public string? CaCertificateIdentifier { get; init; }

    public DateTimeOffset? CertificateValidTill { get; init; }

    public bool? MultiAz { get; init; }

    public string? EngineLifecycleSupport { get; init; }

    public DateTimeOffset? ClusterCreateTime { get; init; }
}
