namespace Flywheel.Aws.Collection;

/// <summary>What a live collection did: the requests made per API, and per account-region the calls and failures.</summary>
public sealed record LiveCollectionReport(
    IReadOnlyList<ApiCallCount> Requests,
    IReadOnlyList<RegionCollectionSummary> Regions,
    TimeSpan Elapsed,
    int MaxConcurrency)
{
    public const int MaxFailuresListed = 20;

    public long TotalRequests => Requests.Sum(r => r.Requests);

    public int FailedCalls => Regions.Sum(r => r.FailedCalls);

    /// <summary>Requests per service (<c>rds</c>, <c>kms</c>, …), retries included.</summary>
    public IReadOnlyDictionary<string, long> RequestsByService =>
        Requests.GroupBy(r => r.Service, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Requests), StringComparer.Ordinal);
}
