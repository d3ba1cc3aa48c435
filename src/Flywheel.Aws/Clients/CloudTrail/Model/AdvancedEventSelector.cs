using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>AdvancedEventSelector</c> (nested shape); members as named in the service model.</summary>
[AwsShape("cloudtrail", "AdvancedEventSelector")]
internal sealed record AdvancedEventSelector
{
    public string? Name { get; init; }

    public IReadOnlyList<AdvancedFieldSelector>? FieldSelectors { get; init; }
}
