namespace Flywheel.Core.Inventory;

/// <summary>A DB parameter group or DB cluster parameter group, with its parameter values when collected.</summary>
public sealed record DbParameterGroup : AwsResource
{
    public override string ResourceType => IsCluster ? "AWS::RDS::DBClusterParameterGroup" : "AWS::RDS::DBParameterGroup";

    public override string Name => GroupName;

    public required string GroupName { get; init; }

    public required bool IsCluster { get; init; }

    public string? Family { get; init; }

    /// <summary>Parameter name to value (null value: parameter present without a value). Null when not collected.</summary>
    public IReadOnlyDictionary<string, string?>? Parameters { get; init; }
}
