using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Tag</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Tag")]
internal sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
