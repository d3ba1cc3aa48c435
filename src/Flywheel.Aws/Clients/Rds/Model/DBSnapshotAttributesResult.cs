using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBSnapshotAttributesResult</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBSnapshotAttributesResult")]
internal sealed record DBSnapshotAttributesResult
{
    public string? DBSnapshotIdentifier { get; init; }

    public IReadOnlyList<DBSnapshotAttribute>? DBSnapshotAttributes { get; init; }
}
