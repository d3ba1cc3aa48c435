using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBInstanceAutomatedBackupMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "DBInstanceAutomatedBackupMessage")]
internal sealed record DescribeDBInstanceAutomatedBackupsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<DBInstanceAutomatedBackup>? DBInstanceAutomatedBackups { get; init; }
}
