namespace Flywheel.Aws.Wire.Retries;

/// <summary>
/// The adaptive mode's client-side rate limiter, as the AWS SDKs specify it: a token bucket whose fill rate
/// follows <see cref="CubicCalculator"/>; it stays off until the first throttling response, then every request
/// takes a token, waiting (through the injected <see cref="TimeProvider"/>) when the bucket is empty. The
/// measured send rate is smoothed per half-second bucket, and the new rate never exceeds twice the measured one.
/// </summary>
internal sealed class ClientRateLimiter
{
    public const double MinFillRate = 0.5;

    public const double Smoothing = 0.8;

    public const double TimeBucketScale = 2;

    private readonly Lock _lock = new();

    private readonly TimeProvider _time;

    private readonly CubicCalculator _cubic;

    private double _fillRate = MinFillRate;

    private double _maxCapacity = 1;

    private double _capacity;

    private double? _lastRefill;

    private double _measuredRate;

    private double _lastBucket;

    private int _requestCount;

    public ClientRateLimiter(TimeProvider time)
    {
        _time = time;
        _cubic = new CubicCalculator(0, Now());
        _lastBucket = Math.Floor(Now());
    }

    public bool Enabled { get; private set; }

    public double FillRate
    {
        get
        {
            lock (_lock)
            {
                return _fillRate;
            }
        }
    }

    public double MeasuredRate
    {
        get
        {
            lock (_lock)
            {
                return _measuredRate;
            }
        }
    }

    /// <summary>Waits for a send token (immediately while the limiter is off).</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (!Enabled)
                {
                    return;
                }

                Refill();
                if (_capacity >= 1)
                {
                    _capacity -= 1;
                    return;
                }

                wait = TimeSpan.FromSeconds((1 - _capacity) / _fillRate);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Feeds one response (throttled or not) into the rate estimate.</summary>
    public void RecordResponse(bool throttled)
    {
        lock (_lock)
        {
            var now = Now();
            var measured = UpdateMeasuredRate(now);
            double newRate;
            if (throttled)
            {
                var rate = Enabled ? Math.Min(measured, _fillRate) : measured;
                newRate = _cubic.ErrorReceived(rate, now);
                Enabled = true;
            }
            else
            {
                newRate = _cubic.SuccessReceived(now);
            }

            SetMaxRate(Math.Min(newRate, 2 * measured));
        }
    }

    private double UpdateMeasuredRate(double now)
    {
        var bucket = Math.Floor(now * TimeBucketScale) / TimeBucketScale;
        _requestCount++;
        if (bucket > _lastBucket)
        {
            var current = _requestCount / (bucket - _lastBucket);
            _measuredRate = (current * Smoothing) + (_measuredRate * (1 - Smoothing));
            _requestCount = 0;
            _lastBucket = bucket;
        }

        return _measuredRate;
    }

    private void SetMaxRate(double maxRate)
    {
        Refill();
        _fillRate = Math.Max(maxRate, MinFillRate);
        _maxCapacity = maxRate >= 1 ? maxRate : 1;
        _capacity = Math.Min(_capacity, _maxCapacity);
    }

    private void Refill()
    {
        var now = Now();
        if (_lastRefill is { } last)
        {
            _capacity = Math.Min(_maxCapacity, _capacity + ((now - last) * _fillRate));
        }

        _lastRefill = now;
    }

    private double Now() => _time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
}
