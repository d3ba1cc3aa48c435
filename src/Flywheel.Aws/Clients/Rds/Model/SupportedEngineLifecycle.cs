using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>SupportedEngineLifecycle</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "SupportedEngineLifecycle")]
internal sealed record SupportedEngineLifecycle
{
    public string? LifecycleSupportName { get; init; }

    public DateTimeOffset? LifecycleSupportStartDate { get; init; }

    public DateTimeOffset? LifecycleSupportEndDate { get; init; }
}
