using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Subnet</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Subnet")]
internal sealed record Subnet
{
    public string? SubnetIdentifier { get; init; }

    public string? SubnetStatus { get; init; }
}
