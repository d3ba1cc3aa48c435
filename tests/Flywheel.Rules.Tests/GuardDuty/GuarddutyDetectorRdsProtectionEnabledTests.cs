using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Tests.TestData;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.GuardDuty;

public sealed class GuarddutyDetectorRdsProtectionEnabledTests
{
    private const string RuleId = "guardduty-detector-rds-protection-enabled";

    private static Finding Evaluate(params AwsResource[] resources) =>
        RuleHarness.Evaluate(RuleId, AccountResources.Region(), new InventoryBuilder().With(resources).Build());

    [Fact]
    public void Evaluate_DetectorWithRdsProtection_Passes()
    {
        var finding = Evaluate(AccountResources.Detector());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("GuardDuty detector d1e2f3a4b5c6 has RDS Protection enabled");
    }

    [Fact]
    public void Evaluate_NoDetector_Fails()
    {
        var finding = Evaluate(AccountResources.Detector(region: "eu-west-1"));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("GuardDuty not enabled in region (no detector)");
    }

    [Fact]
    public void Evaluate_RdsProtectionOff_Fails()
    {
        var finding = Evaluate(AccountResources.Detector() with { RdsLoginEventsStatus = "DISABLED" });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("RDS Protection (RDS_LOGIN_EVENTS) is DISABLED on GuardDuty detector d1e2f3a4b5c6");
    }

    [Fact]
    public void Evaluate_DetectorSuspended_Fails()
    {
        var finding = Evaluate(AccountResources.Detector() with { Status = "DISABLED" });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("GuardDuty detector d1e2f3a4b5c6 is DISABLED");
    }

    [Fact]
    public void Evaluate_FeatureStatusMissing_IsError()
    {
        var finding = Evaluate(AccountResources.Detector() with { RdsLoginEventsStatus = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RdsLoginEventsStatus was not collected");
    }

    [Fact]
    public void Evaluate_DetectorsNotCollected_IsError()
    {
        var inventory = new InventoryBuilder().Missing(Dataset.GuardDutyDetectors, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, AccountResources.Region(), inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("guardduty list-detectors / get-detector not collected for 123456789012/us-east-1: AccessDenied");
    }
}
