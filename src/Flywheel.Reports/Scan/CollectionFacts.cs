namespace Flywheel.Reports.Scan;

/// <summary>
/// What a live collection cost: the AWS requests made per service (<c>rds</c>, <c>kms</c>, …, retries included),
/// how long it took, and how many requests it allowed in flight.
/// </summary>
public sealed record CollectionFacts(IReadOnlyDictionary<string, long> RequestsByService, TimeSpan Elapsed, int MaxConcurrency)
{
    public long Requests => RequestsByService.Values.Sum();
}
