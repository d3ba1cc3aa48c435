namespace Flywheel.Sandbox.State;

/// <summary>A DB parameter group or DB cluster parameter group, with its parameters by name.</summary>
internal sealed class ParameterGroupState
{
    public required string Name { get; init; }

    public required string Family { get; init; }

    public required string Description { get; init; }

    public required string Arn { get; init; }

    public bool IsCluster { get; init; }

    public bool IsDefault => Name.StartsWith("default.", StringComparison.Ordinal);

    public SortedDictionary<string, ParameterState> Parameters { get; } = new(StringComparer.Ordinal);
}
