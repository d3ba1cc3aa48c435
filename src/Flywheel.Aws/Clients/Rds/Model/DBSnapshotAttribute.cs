using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBSnapshotAttribute</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBSnapshotAttribute")]
internal sealed record DBSnapshotAttribute
{
    public string? AttributeName { get; init; }

    public IReadOnlyList<string>? AttributeValues { get; init; }
}
