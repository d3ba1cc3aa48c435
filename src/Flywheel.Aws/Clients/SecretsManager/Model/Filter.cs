using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>Filter</c> (nested shape); members as named in the service model.</summary>
[AwsShape("secretsmanager", "Filter")]
internal sealed record Filter
{
    public string? Key { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
