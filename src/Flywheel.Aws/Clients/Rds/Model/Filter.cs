using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Filter</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Filter")]
internal sealed record Filter
{
    public string? Name { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
