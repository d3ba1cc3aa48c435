using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Endpoint</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Endpoint")]
internal sealed record Endpoint
{
    public string? Address { get; init; }

    public int? Port { get; init; }

    public string? HostedZoneId { get; init; }
}
