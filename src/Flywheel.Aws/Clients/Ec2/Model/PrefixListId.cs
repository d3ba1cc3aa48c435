using System.Text.Json.Serialization;
using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Ec2.Model;

/// <summary>ec2 <c>PrefixListId</c> (nested shape); members as named in the service model.</summary>
[AwsShape("ec2", "PrefixListId")]
internal sealed record PrefixListId
{
    public string? Description { get; init; }

    [JsonPropertyName("PrefixListId")]
    public string? PrefixListIdValue { get; init; }
}
