namespace Flywheel.Core.Inventory;

/// <summary>An RDS event notification subscription.</summary>
public sealed record EventSubscription : AwsResource
{
    public override string ResourceType => "AWS::RDS::EventSubscription";

    public override string Name => SubscriptionName;

    public required string SubscriptionName { get; init; }

    public bool? Enabled { get; init; }

    public string? Status { get; init; }

    /// <summary>db-instance, db-cluster, db-parameter-group, db-security-group, db-snapshot, …; null means all.</summary>
    public string? SourceType { get; init; }

    /// <summary>Empty means every category.</summary>
    public IReadOnlyList<string> EventCategories { get; init; } = [];

    /// <summary>Empty means every source of the source type.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    public string? SnsTopicArn { get; init; }
}
