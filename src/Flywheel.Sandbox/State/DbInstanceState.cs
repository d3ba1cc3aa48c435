namespace Flywheel.Sandbox.State;

/// <summary>The mutable state of one RDS DB instance; guarded by its <see cref="RegionState"/>'s lock.</summary>
internal sealed class DbInstanceState
{
    public required string Identifier { get; set; }

    /// <summary>Changes with the identifier when the instance is renamed (the resource id does not).</summary>
    public required string Arn { get; set; }

    public required string DbiResourceId { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; set; }

    public string InstanceClass { get; set; } = "db.t3.medium";

    public string Status { get; set; } = "available";

    public string? ClusterIdentifier { get; init; }

    public bool PubliclyAccessible { get; set; }

    public int Port { get; set; } = 5432;

    public string EndpointAddress { get; set; } = "";

    public string VpcId { get; set; } = "";

    public string SubnetGroupName { get; set; } = "default";

    public List<string> SubnetIds { get; init; } = [];

    public string AvailabilityZone { get; set; } = "";

    public List<string> VpcSecurityGroupIds { get; set; } = [];

    public string ParameterGroupName { get; set; } = "";

    /// <summary>in-sync, or pending-reboot after a static parameter or the group itself changed.</summary>
    public string ParameterApplyStatus { get; set; } = "in-sync";

    public string OptionGroupName { get; set; } = "";

    public bool StorageEncrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int BackupRetentionPeriod { get; set; } = 7;

    public bool CopyTagsToSnapshot { get; set; }

    public bool DeletionProtection { get; set; }

    public bool IamDatabaseAuthenticationEnabled { get; set; }

    public string MasterUsername { get; init; } = "admin";

    public string? MasterUserSecretArn { get; set; }

    public string? MasterUserSecretKmsKeyId { get; set; }

    public int MonitoringInterval { get; set; }

    public List<string> EnabledCloudwatchLogsExports { get; set; } = [];

    public bool AutoMinorVersionUpgrade { get; set; } = true;

    public bool PerformanceInsightsEnabled { get; set; }

    public string? PerformanceInsightsKmsKeyId { get; set; }

    public string CaCertificateIdentifier { get; set; } = "rds-ca-rsa2048-g1";

    public bool MultiAz { get; set; }

    public string StorageType { get; set; } = "gp3";

    public int AllocatedStorage { get; set; } = 100;

    public required DateTimeOffset InstanceCreateTime { get; init; }

    public string PreferredMaintenanceWindow { get; set; } = "sun:05:00-sun:05:30";

    public string PreferredBackupWindow { get; set; } = "03:00-03:30";

    public string LicenseModel { get; init; } = "postgresql-license";

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>PendingModifiedValues by model member name (DBInstanceClass, AllocatedStorage, …).</summary>
    public SortedDictionary<string, string> Pending { get; } = new(StringComparer.Ordinal);

    /// <summary>When the current <c>modifying</c> (or <c>backing-up</c>) status ends.</summary>
    public DateTimeOffset? BusyUntil { get; set; }

    /// <summary>Whether the pending modifications are applied when the current <c>modifying</c> ends.</summary>
    public bool ApplyPendingWhenDone { get; set; }

    /// <summary>The start of the maintenance window in which the pending modifications are applied.</summary>
    public DateTimeOffset? PendingApplyAt { get; set; }
}
