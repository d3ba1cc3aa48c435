using Flywheel.Aws.Wire;
using Flywheel.Aws.Wire.Retries;

namespace Flywheel.Aws.Tests.Wire.Retries;

public sealed class StandardRetryStrategyTests
{
    [Theory]
    [InlineData(1, 1.0, 1.0)]
    [InlineData(2, 1.0, 2.0)]
    [InlineData(3, 1.0, 4.0)]
    [InlineData(5, 1.0, 16.0)]
    [InlineData(6, 1.0, 20.0)]
    [InlineData(12, 1.0, 20.0)]
    [InlineData(3, 0.25, 1.0)]
    [InlineData(1, 0.0, 0.0)]
    public void Backoff_Attempt_IsJitteredExponentialCappedAt20Seconds(int attempt, double jitter, double seconds)
    {
        var strategy = CreateSut(jitter: jitter);

        strategy.Backoff(attempt, TimeSpan.FromSeconds(1)).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Evaluate_Throttling_RetriesAtRetryCost()
    {
        var strategy = CreateSut();

        var decision = strategy.Evaluate(Error("Throttling", 400), attempt: 1);

        decision.ShouldBe(RetryDecision.After(TimeSpan.FromSeconds(0.5), 5));
        strategy.Quota.Available.ShouldBe(495);
    }

    [Fact]
    public void Evaluate_TransientWith2026Settings_UsesTheShorterBaseAndCost()
    {
        var strategy = CreateSut(new RetryOptions { TransientBaseDelay = TimeSpan.FromMilliseconds(50), RetryCost = 14 });

        strategy.Evaluate(Error("InternalError", 500), attempt: 2).ShouldBe(RetryDecision.After(TimeSpan.FromMilliseconds(50), 14));
        strategy.Evaluate(Error("Throttling", 400), attempt: 2).ShouldBe(RetryDecision.After(TimeSpan.FromSeconds(1), 14));
    }

    [Fact]
    public void Evaluate_Timeout_CostsTenTokens()
    {
        var strategy = CreateSut();

        var decision = strategy.Evaluate(Error(AwsError.TimeoutCode, 0), attempt: 1);

        decision.Cost.ShouldBe(10);
        strategy.Quota.Available.ShouldBe(490);
    }

    [Fact]
    public void Evaluate_AccessDenied_StopsAsNotRetryable()
    {
        var strategy = CreateSut();

        strategy.Evaluate(Error("AccessDenied", 403), attempt: 1).ShouldBe(RetryDecision.Stop("not retryable"));
        strategy.Quota.Available.ShouldBe(500);
    }

    [Fact]
    public void Evaluate_LastAttempt_StopsAfterMaxAttempts()
    {
        var strategy = CreateSut();

        strategy.Evaluate(Error("InternalError", 500), attempt: 3).ShouldBe(RetryDecision.Stop("gave up after 3 attempts"));
    }

    [Fact]
    public void Evaluate_EmptyQuota_StopsFast()
    {
        var strategy = CreateSut(new RetryOptions { InitialRetryTokens = 4 });

        strategy.Evaluate(Error("ServiceUnavailable", 503), attempt: 1).ShouldBe(RetryDecision.Stop("retry quota exhausted"));
    }

    [Fact]
    public void RecordSuccess_WithoutRetry_AddsOneTokenUpToTheInitialQuota()
    {
        var strategy = CreateSut();
        strategy.Evaluate(Error("Throttling", 400), attempt: 1);

        strategy.RecordSuccess(null);
        strategy.Quota.Available.ShouldBe(496);
        strategy.RecordSuccess(5);
        strategy.Quota.Available.ShouldBe(500);
        strategy.RecordSuccess(null);
        strategy.Quota.Available.ShouldBe(500);
    }

    [Theory]
    [InlineData("Throttling", 400, true, false)]
    [InlineData("ThrottlingException", 400, true, false)]
    [InlineData("RequestLimitExceeded", 503, true, true)]
    [InlineData("TooManyRequestsException", 429, true, false)]
    [InlineData("SomethingNew", 429, true, false)]
    [InlineData("PriorRequestNotComplete", 400, true, true)]
    [InlineData("EC2ThrottledException", 400, true, false)]
    [InlineData("InternalFailure", 500, false, true)]
    [InlineData("Unavailable", 502, false, true)]
    [InlineData("RequestTimeoutException", 408, false, true)]
    [InlineData(AwsError.ConnectionErrorCode, 0, false, true)]
    [InlineData("AccessDenied", 403, false, false)]
    [InlineData("ValidationException", 400, false, false)]
    [InlineData("DBInstanceNotFound", 404, false, false)]
    public void Classify_CodeAndStatus_FollowsTheSdkRetryRules(string code, int status, bool throttling, bool transient)
    {
        var error = AwsErrorClassifier.Create("rds", "DescribeDBInstances", code, "m", null, status);

        (error.IsThrottling, error.IsTransient).ShouldBe((throttling, transient));
    }

    private static StandardRetryStrategy CreateSut(RetryOptions? options = null, double jitter = 0.5)
    {
        options ??= new RetryOptions();
        return new StandardRetryStrategy(options, new RetryQuota(options), () => jitter);
    }

    private static AwsError Error(string code, int status) => AwsErrorClassifier.Create("rds", "DescribeDBInstances", code, "m", null, status);
}
