using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterMember</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterMember")]
internal sealed record DBClusterMember
{
    public string? DBInstanceIdentifier { get; init; }

    public bool? IsClusterWriter { get; init; }

    public string? DBClusterParameterGroupStatus { get; init; }

    public int? PromotionTier { get; init; }
}
