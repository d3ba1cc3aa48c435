using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.CloudTrail.CloudtrailTrailMultiRegionLogging;
using Flywheel.Rules.Tests.TestData;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.CloudTrail;

public sealed class CloudtrailTrailMultiRegionLoggingTests
{
    private const string RuleId = "cloudtrail-trail-multi-region-logging";

    private static Finding Evaluate(AwsResource[] resources, object? options = null, InventoryBuilder? builder = null) =>
        RuleHarness.Evaluate(RuleId, AccountResources.Region(), (builder ?? new InventoryBuilder()).With(resources).Build(), options);

    [Fact]
    public void Evaluate_MultiRegionTrailLoggingAllManagementEvents_Passes()
    {
        var finding = Evaluate([AccountResources.Trail()]);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("multi-region trail org-trail is logging all management events");
    }

    [Fact]
    public void Evaluate_TrailHomedInAnotherRegion_CoversThisRegion()
    {
        var trail = AccountResources.Trail(region: "eu-west-1");

        var finding = Evaluate([trail]);

        finding.Status.ShouldBe(FindingStatus.Pass);
    }

    [Fact]
    public void Evaluate_NoTrail_Fails()
    {
        var finding = Evaluate([]);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("no CloudTrail trail in account 123456789012");
    }

    [Fact]
    public void Evaluate_TrailsEachLackingSomething_FailsNamingWhat()
    {
        var finding = Evaluate(
        [
            AccountResources.Trail("regional") with { IsMultiRegion = false },
            AccountResources.Trail("stopped") with { IsLogging = false },
            AccountResources.Trail("write-only") with { LogsAllManagementEvents = false },
            AccountResources.Trail("zz-unknown") with { IsMultiRegion = null },
        ]);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("no multi-region trail is logging management events (regional: not multi-region; stopped: not logging; write-only: not all management events; zz-unknown: multi-region setting not collected)");
    }

    [Fact]
    public void Evaluate_WriteOnlyTrailWhenAllowed_Passes()
    {
        var trail = AccountResources.Trail("write-only") with { LogsAllManagementEvents = false };

        var finding = Evaluate([trail], new CloudtrailTrailMultiRegionLoggingOptions { AllowWriteOnly = true });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("multi-region trail write-only is logging write management events");
    }

    [Fact]
    public void Evaluate_OnlyCandidateStatusMissing_IsError()
    {
        var finding = Evaluate([AccountResources.Trail() with { IsLogging = null }]);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("IsLogging of multi-region trail org-trail was not collected");
    }

    [Fact]
    public void Evaluate_OnlyCandidateStatusNotCollected_IsErrorNamingTheCall()
    {
        var builder = new InventoryBuilder().Missing(Dataset.CloudTrailTrailStatus, reason: "AccessDenied");

        var finding = Evaluate([AccountResources.Trail() with { IsLogging = null }], builder: builder);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("cloudtrail get-trail-status not collected for 123456789012/us-east-1: AccessDenied");
    }

    [Fact]
    public void Evaluate_OnlyCandidateSelectorsMissing_IsError()
    {
        var finding = Evaluate([AccountResources.Trail() with { LogsAllManagementEvents = null }]);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("event selectors of multi-region trail org-trail were not collected");
    }

    [Fact]
    public void Evaluate_TrailsNotCollected_IsError()
    {
        var inventory = new InventoryBuilder().Missing(Dataset.CloudTrailTrails, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, AccountResources.Region(), inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("cloudtrail describe-trails not collected for 123456789012/us-east-1: AccessDenied");
    }
}
