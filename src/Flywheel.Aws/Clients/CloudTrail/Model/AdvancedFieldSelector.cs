using System.Text.Json.Serialization;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>AdvancedFieldSelector</c> (nested shape); members as named in the service model.</summary>
[AwsShape("cloudtrail", "AdvancedFieldSelector")]
internal sealed record AdvancedFieldSelector
{
    public string? Field { get; init; }

    // "Equals" is the member's name in the model; a C# record cannot have a property of that name.
    [JsonPropertyName("Equals")]
    public IReadOnlyList<string>? EqualsValues { get; init; }

    public IReadOnlyList<string>? StartsWith { get; init; }

    public IReadOnlyList<string>? EndsWith { get; init; }

    public IReadOnlyList<string>? NotEquals { get; init; }

    public IReadOnlyList<string>? NotStartsWith { get; init; }

    public IReadOnlyList<string>? NotEndsWith { get; init; }
}
