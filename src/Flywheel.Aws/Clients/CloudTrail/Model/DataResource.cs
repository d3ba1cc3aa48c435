using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>DataResource</c> (nested shape); members as named in the service model.</summary>
[AwsShape("cloudtrail", "DataResource")]
internal sealed record DataResource
{
    public string? Type { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
