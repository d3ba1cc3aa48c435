using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Tag</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Tag")]
internal sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
