using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>EventSubscription</c> (nested shape); members as named in the service model.</summary>
[AwsShape("rds", "EventSubscription")]
internal sealed record EventSubscription
{
    public string? CustomerAwsId { get; init; }

    public string? CustSubscriptionId { get; init; }

    public string? SnsTopicArn { get; init; }

    public string? Status { get; init; }

    public string? SubscriptionCreationTime { get; init; }

    public string? SourceType { get; init; }

    public IReadOnlyList<string>? SourceIdsList { get; init; }

    public IReadOnlyList<string>? EventCategoriesList { get; init; }

    public bool? Enabled { get; init; }

    public string? EventSubscriptionArn { get; init; }
}
