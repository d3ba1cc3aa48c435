using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBInstanceAutomatedBackupsReplication</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBInstanceAutomatedBackupsReplication")]
internal sealed record DBInstanceAutomatedBackupsReplication
{
    public string? DBInstanceAutomatedBackupsArn { get; init; }
}
