using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterSnapshotAttribute</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterSnapshotAttribute")]
internal sealed record DBClusterSnapshotAttribute
{
    public string? AttributeName { get; init; }

    public IReadOnlyList<string>? AttributeValues { get; init; }
}
