using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>Filter</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "Filter")]
internal sealed record Filter
{
    public string? Name { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
