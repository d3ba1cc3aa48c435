using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>OptionSetting</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "OptionSetting")]
internal sealed record OptionSetting
{
    public string? Name { get; init; }

    public string? Value { get; init; }

    public string? DefaultValue { get; init; }

    public string? Description { get; init; }

    public string? ApplyType { get; init; }

    public string? DataType { get; init; }

    public string? AllowedValues { get; init; }

    public bool? IsModifiable { get; init; }

    public bool? IsCollection { get; init; }
}
