using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsInstanceEnhancedMonitoring;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceEnhancedMonitoringTests
{
    private const string RuleId = "rds-instance-enhanced-monitoring";

    [Fact]
    public void Evaluate_IntervalWithinMaximum_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MonitoringInterval = 15 });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("enhanced monitoring every 15s (maximum 60s)");
    }

    [Fact]
    public void Evaluate_Disabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MonitoringInterval = 0 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("enhanced monitoring disabled (MonitoringInterval is 0)");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("MonitoringInterval", "0"));
    }

    [Fact]
    public void Evaluate_IntervalAboveConfiguredMaximum_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MonitoringInterval = 60 }, options: new RdsInstanceEnhancedMonitoringOptions { MaximumIntervalSeconds = 10 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("enhanced monitoring interval is 60s, longer than the maximum of 10s");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsEvaluated()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-postgresql") with { ClusterIdentifier = "cluster-1", MonitoringInterval = 0 });

        finding.Status.ShouldBe(FindingStatus.Fail);
    }

    [Fact]
    public void Evaluate_IntervalMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { MonitoringInterval = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("MonitoringInterval was not collected");
    }
}
