using Flywheel.Aws.Wire.Models;

namespace Flywheel.Aws.Clients.Rds.Model;

/// <summary>rds <c>DescribeEventSubscriptionsMessage</c> (request); members as named in the service model.</summary>
[AwsShape("rds", "DescribeEventSubscriptionsMessage")]
internal sealed record DescribeEventSubscriptionsRequest
{
    public string? SubscriptionName { get; init; }

    public IReadOnlyList<Filter>? Filters { get; init; }

    public int? MaxRecords { get; init; }

    public string? Marker { get; init; }
}
