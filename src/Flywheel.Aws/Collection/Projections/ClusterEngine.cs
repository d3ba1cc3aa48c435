using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Collection.Projections;

/// <summary>What the collection reads from a listed rds <c>DBCluster</c>: its engine (whose versions it fetches).</summary>
[AwsShape("rds", "DBCluster")]
internal sealed record ClusterEngine
{
    public string? Engine { get; init; }
}
