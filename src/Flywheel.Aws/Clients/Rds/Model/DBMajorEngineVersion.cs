using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DBMajorEngineVersion</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "DBMajorEngineVersion")]
internal sealed record DBMajorEngineVersion
{
    public string? Engine { get; init; }

    public string? MajorEngineVersion { get; init; }

    public IReadOnlyList<SupportedEngineLifecycle>? SupportedEngineLifecycles { get; init; }
}
