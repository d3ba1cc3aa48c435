using Flywheel.Aws.Wire.Retries;
using Microsoft.Extensions.Time.Testing;

namespace Flywheel.Aws.Tests.Wire.Retries;

public sealed class ClientRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_BeforeAnyThrottling_DoesNotWait()
    {
        var limiter = new ClientRateLimiter(_time);

        var acquire = limiter.AcquireAsync(TestContext.Current.CancellationToken);

        acquire.IsCompleted.ShouldBeTrue();
        await acquire;
        limiter.Enabled.ShouldBeFalse();
    }

    [Fact]
    public async Task AcquireAsync_AfterThrottling_WaitsForTheBucketToRefill()
    {
        var limiter = new ClientRateLimiter(_time);
        limiter.RecordResponse(throttled: true);

        var acquire = limiter.AcquireAsync(TestContext.Current.CancellationToken).AsTask();

        limiter.Enabled.ShouldBeTrue();
        limiter.FillRate.ShouldBe(ClientRateLimiter.MinFillRate);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        acquire.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await acquire.WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System, TestContext.Current.CancellationToken);
        acquire.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public void RecordResponse_SteadySuccesses_MeasuresTheSendRate()
    {
        var limiter = new ClientRateLimiter(_time);

        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            limiter.RecordResponse(throttled: false);
        }

        // 10 requests a second, smoothed (0.8) over half-second buckets: 0.8×10 + 0.2×(0.8×10) = 9.6.
        limiter.MeasuredRate.ShouldBe(9.6, tolerance: 1e-9);
        limiter.Enabled.ShouldBeFalse();
    }

    [Fact]
    public void Cubic_ErrorThenRecovery_DropsByBetaAndClimbsBackToTheLastMaximum()
    {
        var cubic = new CubicCalculator(startingMaxRate: 0, startTime: 0);

        cubic.ErrorReceived(currentRate: 10, timestamp: 100).ShouldBe(7, tolerance: 1e-9);
        var inflection = Math.Cbrt(10 * (1 - CubicCalculator.Beta) / CubicCalculator.ScaleConstant);
        cubic.SuccessReceived(100 + inflection).ShouldBe(10, tolerance: 1e-9);
        cubic.SuccessReceived(100).ShouldBe(7, tolerance: 1e-9);
        cubic.SuccessReceived(100 + inflection + 2).ShouldBe(10 + (CubicCalculator.ScaleConstant * 8), tolerance: 1e-9);
    }

    [Fact]
    public void Registry_SameKey_SharesOneLimiterAndDifferentApisDoNot()
    {
        var registry = new RateLimiterRegistry(_time);
        var key = new RateLimitKey("123456789012", "eu-west-1", "rds", "DescribeDBInstances");

        registry.For(key).ShouldBeSameAs(registry.For(key with { }));
        registry.For(key with { Operation = "DescribeDBClusters" }).ShouldNotBeSameAs(registry.For(key));
        registry.For(key with { Account = "210987654321" }).ShouldNotBeSameAs(registry.For(key));
        registry.Count.ShouldBe(3);
    }
}
