using System.Collections.Concurrent;
using Flywheel.Sandbox.Protocols;

namespace Flywheel.Sandbox.Faults;

/// <summary>
/// Decides, per authenticated request, whether to throttle it or fail it, with the error code and status each
/// service really uses. Deterministic for a seed (the same request sequence gets the same faults).
/// </summary>
internal sealed class FaultInjector(SandboxFaultOptions options, int seed)
{
    private readonly ConcurrentDictionary<(string Account, string Service, string Operation), TokenBucket> _buckets = new();
    private readonly Lock _gate = new();
#pragma warning disable CA5394 // Random is insecure: fault injection must be reproducible from the seed.
    private readonly Random _random = new(seed);
#pragma warning restore CA5394

    public SandboxFaultOptions Options { get; set; } = options;

    public AwsError? Inject(string accountId, string signingName, string operation, AwsProtocol protocol, DateTimeOffset now)
    {
        var options = Options;
        if (!options.AppliesTo(signingName))
        {
            return null;
        }

        if (options.ThrottleRatePerSecond > 0)
        {
            var bucket = _buckets.GetOrAdd((accountId, signingName, operation), _ => new TokenBucket(options.ThrottleBurst, now));
            if (!bucket.TryTake(options.ThrottleRatePerSecond, options.ThrottleBurst, now))
            {
                return Throttled(signingName, protocol);
            }
        }

        if (options.ServerErrorRate > 0)
        {
            bool fail;
            lock (_gate)
            {
#pragma warning disable CA5394 // See above.
                fail = _random.NextDouble() < options.ServerErrorRate;
#pragma warning restore CA5394
            }

            if (fail)
            {
                return InternalError(signingName, protocol);
            }
        }

        return null;
    }

    /// <summary>How long this request waits before it is served: zero when the faults do not apply to the service.</summary>
    public TimeSpan NextLatency(string signingName)
    {
        var options = Options;
        if (!options.AppliesTo(signingName) || (options.Latency <= TimeSpan.Zero && options.LatencyJitter <= TimeSpan.Zero))
        {
            return TimeSpan.Zero;
        }

        if (options.LatencyJitter <= TimeSpan.Zero)
        {
            return options.Latency;
        }

        double draw;
        lock (_gate)
        {
#pragma warning disable CA5394 // See above.
            draw = (_random.NextDouble() * 2) - 1;
#pragma warning restore CA5394
        }

        var latency = options.Latency + TimeSpan.FromTicks((long)(options.LatencyJitter.Ticks * draw));
        return latency > TimeSpan.Zero ? latency : TimeSpan.Zero;
    }

    /// <summary>Whether this request's connection should be aborted without a response.</summary>
    public bool ShouldDropConnection(string signingName)
    {
        var options = Options;
        if (options.DropConnectionRate <= 0 || !options.AppliesTo(signingName))
        {
            return false;
        }

        lock (_gate)
        {
#pragma warning disable CA5394 // See above.
            return _random.NextDouble() < options.DropConnectionRate;
#pragma warning restore CA5394
        }
    }

    /// <summary>Whether a resource should vanish before this request is served.</summary>
    public bool ShouldVanish()
    {
        var rate = Options.VanishRate;
        if (rate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
#pragma warning disable CA5394 // See above.
            return _random.NextDouble() < rate;
#pragma warning restore CA5394
        }
    }

    /// <summary>A deterministic pick in [0, count).</summary>
    public int Pick(int count)
    {
        lock (_gate)
        {
#pragma warning disable CA5394 // See above.
            return _random.Next(count);
#pragma warning restore CA5394
        }
    }

    public static AwsError Throttled(string signingName, AwsProtocol protocol) => (signingName, protocol) switch
    {
        ("ec2", _) => new AwsError("RequestLimitExceeded", "Request limit exceeded.", 503),
        (_, AwsProtocol.Query) => new AwsError("Throttling", "Rate exceeded", 400),
        (_, AwsProtocol.RestJson) => new AwsError("TooManyRequestsException", "Rate exceeded", 429),
        _ => new AwsError("ThrottlingException", "Rate exceeded", 400),
    };

    public static AwsError InternalError(string signingName, AwsProtocol protocol) => (signingName, protocol) switch
    {
        ("ec2", _) => new AwsError("InternalError", "An internal error has occurred", 500, IsSenderFault: false),
        ("kms", _) => new AwsError("KMSInternalException", "An internal error has occurred", 500, IsSenderFault: false),
        ("secretsmanager", _) => new AwsError("InternalServiceError", "An internal error has occurred", 500, IsSenderFault: false),
        (_, AwsProtocol.RestJson) => new AwsError("InternalServerErrorException", "An internal error has occurred", 500, IsSenderFault: false),
        _ => new AwsError("InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", 500, IsSenderFault: false),
    };
}
