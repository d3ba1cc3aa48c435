using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>UserAuthConfigInfo</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "UserAuthConfigInfo")]
internal sealed record UserAuthConfigInfo
{
    public string? Description { get; init; }

    public string? UserName { get; init; }

    public string? AuthScheme { get; init; }

    public string? SecretArn { get; init; }

    public string? IAMAuth { get; init; }

    public string? ClientPasswordAuthType { get; init; }
}
