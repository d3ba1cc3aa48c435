using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBProxy</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBProxy")]
internal sealed record DBProxy
{
    public string? DBProxyName { get; init; }

    public string? DBProxyArn { get; init; }

    public string? Status { get; init; }

    public string? EngineFamily { get; init; }

    public string? VpcId { get; init; }

    public IReadOnlyList<string>? VpcSecurityGroupIds { get; init; }

    public IReadOnlyList<string>? VpcSubnetIds { get; init; }

    public string? DefaultAuthScheme { get; init; }

    public IReadOnlyList<UserAuthConfigInfo>? Auth { get; init; }

    public string? RoleArn { get; init; }

    public string? Endpoint { get; init; }

    public bool? RequireTLS { get; init; }

    public int? IdleClientTimeout { get; init; }

    public bool? DebugLogging { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? UpdatedDate { get; init; }

    public string? EndpointNetworkType { get; init; }

    public string? TargetConnectionNetworkType { get; init; }
}
