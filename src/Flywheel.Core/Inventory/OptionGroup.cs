namespace Flywheel.Core.Inventory;

/// <summary>An option group (for Oracle SSL and TDE, SQL Server TDE, …).</summary>
public sealed record OptionGroup : AwsResource
{
    public override string ResourceType => "AWS::RDS::OptionGroup";

    public override string Name => GroupName;

    public required string GroupName { get; init; }

    public string? EngineName { get; init; }

    public string? MajorEngineVersion { get; init; }

    public IReadOnlyList<OptionGroupOption> Options { get; init; } = [];
}
