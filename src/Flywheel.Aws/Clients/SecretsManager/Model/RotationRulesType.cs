using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.SecretsManager.Model;

/// <summary>secretsmanager <c>RotationRulesType</c> (nested shape); members as named in the service model.</summary>
[AwsShape("secretsmanager", "RotationRulesType")]
internal sealed record RotationRulesType
{
    public long? AutomaticallyAfterDays { get; init; }

    public string? Duration { get; init; }

    public string? ScheduleExpression { get; init; }
}
