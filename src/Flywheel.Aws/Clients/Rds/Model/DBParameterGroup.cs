using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBParameterGroup</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBParameterGroup")]
internal sealed record DBParameterGroup
{
    public string? DBParameterGroupName { get; init; }

    public string? DBParameterGroupFamily { get; init; }

    public string? Description { get; init; }

    public string? DBParameterGroupArn { get; init; }
}
