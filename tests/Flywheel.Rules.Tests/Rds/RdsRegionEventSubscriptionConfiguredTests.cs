using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsRegionEventSubscriptionConfigured;
using Flywheel.Rules.Tests.TestData;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsRegionEventSubscriptionConfiguredTests
{
    private const string RuleId = "rds-region-event-subscription-configured";

    private static readonly RdsRegionEventSubscriptionConfiguredOptions InstancesOnly = new()
    {
        RequiredCategories = new(StringComparer.Ordinal) { ["db-instance"] = ["failure", "maintenance"] },
    };

    private static Finding Evaluate(AwsResource[] resources, object? options = null) =>
        RuleHarness.Evaluate(RuleId, AccountResources.Region(), new InventoryBuilder().With(resources).Build(), options);

    [Fact]
    public void Evaluate_OneSubscriptionForAllSourcesAndCategories_Passes()
    {
        var finding = Evaluate([AccountResources.Subscription("all-rds", null, [])]);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("enabled event subscriptions cover db-cluster, db-instance, db-parameter-group, db-security-group (all-rds)");
    }

    [Fact]
    public void Evaluate_OneSubscriptionPerSourceType_Passes()
    {
        var finding = Evaluate(
        [
            AccountResources.Subscription("instance-events", "db-instance", ["failure", "maintenance", "configuration change", "deletion"]),
            AccountResources.Subscription("cluster-events", "db-cluster", ["failure", "maintenance"]),
            AccountResources.Subscription("pg-events", "db-parameter-group", []),
            AccountResources.Subscription("sg-events", "db-security-group", ["configuration change", "failure"]),
        ]);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("enabled event subscriptions cover db-cluster, db-instance, db-parameter-group, db-security-group (cluster-events, instance-events, pg-events, sg-events)");
    }

    [Fact]
    public void Evaluate_CategoriesSplitOverTwoSubscriptions_Passes()
    {
        var finding = Evaluate(
        [
            AccountResources.Subscription("failures", "db-instance", ["failure"]),
            AccountResources.Subscription("maintenance", "db-instance", ["maintenance"]),
        ], InstancesOnly);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("enabled event subscriptions cover db-instance (failures, maintenance)");
    }

    [Fact]
    public void Evaluate_NoSubscriptions_FailsNamingEveryUncoveredType()
    {
        var finding = Evaluate([]);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("no RDS event subscriptions in region; no enabled event subscription covers db-cluster (failure, maintenance); db-instance (failure, maintenance, configuration change); db-parameter-group (configuration change); db-security-group (configuration change, failure)");
    }

    [Fact]
    public void Evaluate_DisabledAndRestrictedSubscriptions_DoNotCount()
    {
        var finding = Evaluate(
        [
            AccountResources.Subscription("instance-failure", "db-instance", ["failure"]),
            AccountResources.Subscription("disabled-all", null, []) with { Enabled = false, Status = "inactive" },
            AccountResources.Subscription("one-db", "db-instance", []) with { SourceIds = ["db-1"] },
        ], InstancesOnly);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("no enabled event subscription covers db-instance (maintenance); not enabled or not active: disabled-all; limited to specific sources: one-db");
    }

    [Fact]
    public void Evaluate_SubscriptionStateMissing_IsError()
    {
        var finding = Evaluate([AccountResources.Subscription("all-rds", null, []) with { Enabled = null }], InstancesOnly);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("Enabled or Status of event subscription all-rds was not collected");
    }

    [Fact]
    public void Evaluate_SubscriptionsNotCollected_IsError()
    {
        var inventory = new InventoryBuilder().Missing(Dataset.RdsEventSubscriptions, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, AccountResources.Region(), inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-event-subscriptions not collected for 123456789012/us-east-1: AccessDenied");
    }
}
