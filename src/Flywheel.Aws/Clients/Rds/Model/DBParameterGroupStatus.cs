using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBParameterGroupStatus</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBParameterGroupStatus")]
internal sealed record DBParameterGroupStatus
{
    public string? DBParameterGroupName { get; init; }

    public string? ParameterApplyStatus { get; init; }
}
