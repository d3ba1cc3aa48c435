using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>PendingModifiedValues</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "PendingModifiedValues")]
internal sealed record PendingModifiedValues
{
    public string? DBInstanceClass { get; init; }

    public int? AllocatedStorage { get; init; }

    public string? MasterUserPassword { get; init; }

    public int? Port { get; init; }

    public int? BackupRetentionPeriod { get; init; }

    public bool? MultiAZ { get; init; }

    public string? EngineVersion { get; init; }

    public string? LicenseModel { get; init; }

    public int? Iops { get; init; }

    public int? StorageThroughput { get; init; }

    public string? DBInstanceIdentifier { get; init; }

    public string? StorageType { get; init; }

    public string? CACertificateIdentifier { get; init; }

    public string? DBSubnetGroupName { get; init; }

    public string? AutomationMode { get; init; }

    public DateTimeOffset? ResumeFullAutomationModeTime { get; init; }

    public bool? MultiTenant { get; init; }

    public bool? IAMDatabaseAuthenticationEnabled { get; init; }

    public bool? DedicatedLogVolume { get; init; }

    public string? Engine { get; init; }
}
