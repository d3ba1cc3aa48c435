namespace Flywheel.Sandbox.State;

/// <summary>One parameter of a DB (cluster) parameter group; a null value means it is not set.</summary>
internal sealed class ParameterState
{
    public required string Name { get; init; }

    public string? Value { get; set; }

    /// <summary>engine-default, system or user.</summary>
    public string Source { get; set; } = "engine-default";

    /// <summary>static (needs a reboot) or dynamic.</summary>
    public required string ApplyType { get; init; }

    public required string DataType { get; init; }

    public string? AllowedValues { get; init; }

    public bool IsModifiable { get; init; } = true;

    public string Description { get; init; } = "";

    public ParameterState Copy() => new()
    {
        Name = Name,
        Value = Value,
        Source = Source,
        ApplyType = ApplyType,
        DataType = DataType,
        AllowedValues = AllowedValues,
        IsModifiable = IsModifiable,
        Description = Description,
    };
}
