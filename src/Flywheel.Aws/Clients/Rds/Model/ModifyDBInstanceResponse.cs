using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>ModifyDBInstanceResult</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "ModifyDBInstanceResult")]
internal sealed record ModifyDBInstanceResponse
{
    public DBInstance? DBInstance { get; init; }
}
