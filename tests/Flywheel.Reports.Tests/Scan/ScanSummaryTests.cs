using Flywheel.Core.Rules;
using Flywheel.Reports.Scan;
using Flywheel.TestKit;

namespace Flywheel.Reports.Tests.Scan;

public sealed class ScanSummaryTests
{
    [Fact]
    public void Of_HighFailureWithLowGate_Fail()
    {
        var summary = ScanSamples.Report(Severity.Low, Some.Instance("db-plain") with { StorageEncrypted = false }).Summary;

        summary.Outcome.ShouldBe(ScanOutcome.Fail);
        summary.FailingAtOrAboveGate.ShouldBe(1);
    }

    [Fact]
    public void Of_HighFailureWithCriticalGate_Pass()
    {
        var summary = ScanSamples.Report(Severity.Critical, Some.Instance("db-plain") with { StorageEncrypted = false }).Summary;

        summary.Outcome.ShouldBe(ScanOutcome.Pass);
        summary.FailingAtOrAboveGate.ShouldBe(0);
    }

    [Fact]
    public void Of_ErrorOnly_Incomplete()
    {
        var summary = ScanSamples.Report(Severity.Low, Some.Instance("db-unknown") with { StorageEncrypted = null }).Summary;

        summary.Outcome.ShouldBe(ScanOutcome.Incomplete);
        summary.ErrorsAtOrAboveGate.ShouldBe(1);
    }

    [Fact]
    public void Of_SuppressedFailureOnly_Pass()
    {
        var summary = ScanSamples.Report(Severity.Low, Some.Instance("legacy-1") with { StorageEncrypted = false }).Summary;

        summary.Outcome.ShouldBe(ScanOutcome.Pass);
        summary.Count(Core.Findings.FindingStatus.Suppressed).ShouldBe(1);
    }
}
