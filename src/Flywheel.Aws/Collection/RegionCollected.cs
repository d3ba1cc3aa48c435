namespace Flywheel.Aws.Collection;

/// <summary>Progress: one account-region finished (<paramref name="Completed"/> of <paramref name="Total"/>).</summary>
public sealed record RegionCollected(string AccountId, string Region, int Calls, int FailedCalls, TimeSpan Elapsed, int Completed, int Total);
