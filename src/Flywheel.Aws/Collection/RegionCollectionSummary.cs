namespace Flywheel.Aws.Collection;

/// <summary>
/// What one account-region's collection wrote: the calls, and the failed ones with the CLI's error text (at most
/// <see cref="LiveCollectionReport.MaxFailuresListed"/> listed; <see cref="FailedCalls"/> counts them all).
/// </summary>
public sealed record RegionCollectionSummary(string AccountId, string Region, int Calls, int FailedCalls, IReadOnlyList<FailedCall> Failures);
