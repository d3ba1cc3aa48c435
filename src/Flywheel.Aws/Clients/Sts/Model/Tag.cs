using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Sts.Model;

/// <summary>sts <c>Tag</c> (nested shape); members as named in the service model.</summary>
[AwsShape("sts", "Tag")]
internal sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
