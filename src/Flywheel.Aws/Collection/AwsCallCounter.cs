using System.Collections.Concurrent;
using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Http;

namespace Flywheel.Aws.Collection;

/// <summary>Counts every HTTP attempt of a scan per service and operation (retries included, and counted apart).</summary>
internal sealed class AwsCallCounter : IAwsCallObserver
{
    private readonly ConcurrentDictionary<(string Service, string Operation), Tally> _tallies = new();

    public void OnAttempt(AwsCallScope scope, string service, string operation, AwsError? error)
    {
        if (error?.Code == AwsError.CredentialsUnavailableCode)
        {
            return; // No request was sent.
        }

        var tally = _tallies.GetOrAdd((service, operation), _ => new Tally());
        Interlocked.Increment(ref tally.Attempts);
        if (error is not null)
        {
            Interlocked.Increment(ref tally.Failures);
            if (error.IsThrottling)
            {
                Interlocked.Increment(ref tally.Throttled);
            }
        }
    }

    public IReadOnlyList<ApiCallCount> Snapshot() =>
        _tallies.Select(t => new ApiCallCount(t.Key.Service, t.Key.Operation, t.Value.Attempts, t.Value.Failures, t.Value.Throttled))
            .OrderBy(c => c.Service, StringComparer.Ordinal)
            .ThenBy(c => c.Operation, StringComparer.Ordinal)
            .ToArray();

    private sealed class Tally
    {
#pragma warning disable SA1401, CA1051 // Interlocked needs fields.
        public long Attempts;
        public long Failures;
        public long Throttled;
#pragma warning restore SA1401, CA1051
    }
}
