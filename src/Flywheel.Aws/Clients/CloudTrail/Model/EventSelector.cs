using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.CloudTrail.Model;

/// <summary>cloudtrail <c>EventSelector</c> (nested shape); members as named in the service model.</summary>
[AwsShape("cloudtrail", "EventSelector")]
internal sealed record EventSelector
{
    public string? ReadWriteType { get; init; }

    public bool? IncludeManagementEvents { get; init; }

    public IReadOnlyList<DataResource>? DataResources { get; init; }

    public IReadOnlyList<string>? ExcludeManagementEventSources { get; init; }
}
