namespace Flywheel.Sandbox.State;

/// <summary>The mutable state of a DB snapshot (instance snapshot; cluster snapshots are not served yet).</summary>
internal sealed class DbSnapshotState
{
    public required string Identifier { get; init; }

    public required string Arn { get; init; }

    public required string InstanceIdentifier { get; init; }

    public required string DbiResourceId { get; init; }

    /// <summary>manual or automated.</summary>
    public required string SnapshotType { get; init; }

    public required string Engine { get; init; }

    public required string EngineVersion { get; init; }

    public string Status { get; set; } = "available";

    /// <summary>The ARN of the snapshot this one was copied from (CopyDBSnapshot).</summary>
    public string? SourceSnapshotArn { get; init; }

    public int PercentProgress { get; set; } = 100;

    public bool Encrypted { get; init; }

    public string? KmsKeyId { get; init; }

    public int AllocatedStorage { get; init; }

    public int Port { get; init; }

    public string AvailabilityZone { get; init; } = "";

    public string VpcId { get; init; } = "";

    public string MasterUsername { get; init; } = "admin";

    public string StorageType { get; init; } = "gp3";

    public string LicenseModel { get; init; } = "postgresql-license";

    public bool IamDatabaseAuthenticationEnabled { get; init; }

    public required DateTimeOffset SnapshotCreateTime { get; init; }

    public required DateTimeOffset InstanceCreateTime { get; init; }

    /// <summary>The <c>restore</c> attribute: account ids the snapshot is shared with, or <c>all</c>.</summary>
    public List<string> RestoreAccounts { get; init; } = [];

    public List<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>When a snapshot being created becomes available.</summary>
    public DateTimeOffset? ReadyAt { get; set; }
}
