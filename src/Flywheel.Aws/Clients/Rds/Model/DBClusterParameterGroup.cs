using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBClusterParameterGroup</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBClusterParameterGroup")]
internal sealed record DBClusterParameterGroup
{
    public string? DBClusterParameterGroupName { get; init; }

    public string? DBParameterGroupFamily { get; init; }

    public string? Description { get; init; }

    public string? DBClusterParameterGroupArn { get; init; }
}
