using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>Parameter</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "Parameter")]
internal sealed record Parameter
{
    public string? ParameterName { get; init; }

    public string? ParameterValue { get; init; }

    public string? Description { get; init; }

    public string? Source { get; init; }

    public string? ApplyType { get; init; }

    public string? DataType { get; init; }

    public string? AllowedValues { get; init; }

    public bool? IsModifiable { get; init; }

    public string? MinimumEngineVersion { get; init; }

    public string? ApplyMethod { get; init; }

    public IReadOnlyList<string>? SupportedEngineModes { get; init; }
}
