using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Collection.Projections;

/// <summary>What the collection reads from a listed rds <c>DBInstance</c>: its engine (whose versions it fetches).</summary>
[AwsShape("rds", "DBInstance")]
internal sealed record InstanceEngine
{
    public string? Engine { get; init; }
}
