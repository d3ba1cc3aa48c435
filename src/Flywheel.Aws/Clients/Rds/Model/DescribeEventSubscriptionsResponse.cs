using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>EventSubscriptionsMessage</c> (response); members as named in the service model.</summary>
[AwsShape("rds", "EventSubscriptionsMessage")]
internal sealed record DescribeEventSubscriptionsResponse
{
    public string? Marker { get; init; }

    public IReadOnlyList<EventSubscription>? EventSubscriptionsList { get; init; }
}
