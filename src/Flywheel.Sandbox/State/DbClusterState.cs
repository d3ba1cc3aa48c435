namespace Flywheel.Sandbox.State;

/// <summary>The mutable state of an Aurora DB cluster; its members are <see cref="DbInstanceState"/>s with its identifier.</summary>
internal sealed class DbClusterState
{
    public required string Identifier { get; init; }

    public required string Arn { get; init; }

    public required string ResourceId { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; set; }

    public string Status { get; set; } = "available";

    public int Port { get; init; } = 5432;

    public string Endpoint { get; init; } = "";

    public string ReaderEndpoint { get; init; } = "";

    public string SubnetGroupName { get; init; } = "default";

    public string ParameterGroupName { get; set; } = "";

    public List<string> VpcSecurityGroupIds { get; set; } = [];

    public List<string> AvailabilityZones { get; init; } = [];

    public bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int BackupRetentionPeriod { get; set; } = 7;

    public bool CopyTagsToSnapshot { get; set; }

    public bool DeletionProtection { get; set; }

    public bool IamDatabaseAuthenticationEnabled { get; set; }

    public string MasterUsername { get; init; } = "admin";

    public List<string> EnabledCloudwatchLogsExports { get; set; } = [];

    public bool AutoMinorVersionUpgrade { get; set; } = true;

    public required DateTimeOffset ClusterCreateTime { get; init; }

    public string PreferredMaintenanceWindow { get; set; } = "sun:05:00-sun:05:30";

    public string PreferredBackupWindow { get; set; } = "03:00-03:30";

    public string? MasterUserSecretArn { get; set; }

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>ClusterPendingModifiedValues by model member name.</summary>
    public SortedDictionary<string, string> Pending { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset? BusyUntil { get; set; }

    public DateTimeOffset? PendingApplyAt { get; set; }

    public bool ApplyPendingWhenDone { get; set; }
}
