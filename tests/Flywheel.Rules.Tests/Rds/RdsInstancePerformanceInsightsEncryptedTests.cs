using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Rds.RdsInstancePerformanceInsightsEncrypted;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstancePerformanceInsightsEncryptedTests
{
    private const string RuleId = "rds-instance-performance-insights-encrypted";

    private static DbInstance WithAwsKey() => Some.Instance() with { PerformanceInsightsKmsKeyId = Some.KeyArn("aws-managed-1") };

    private static KmsKey AwsManagedKey() => Some.Key("aws-managed-1") with { KeyManager = "AWS", Aliases = ["alias/aws/rds"] };

    [Fact]
    public void Evaluate_CustomerManagedKey_Passes()
    {
        var instance = Some.Instance();

        var finding = RuleHarness.Evaluate(RuleId, instance, new InventoryBuilder().With(instance, Some.Key()).Build());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("Performance Insights data is encrypted with customer managed key 1234abcd-12ab-34cd-56ef-1234567890ab (alias/rds-data)");
    }

    [Fact]
    public void Evaluate_AwsManagedKey_Fails()
    {
        var instance = WithAwsKey();

        var finding = RuleHarness.Evaluate(RuleId, instance, new InventoryBuilder().With(instance, AwsManagedKey()).Build());

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("Performance Insights data is encrypted with the AWS managed key aws-managed-1 (alias/aws/rds), not a customer managed key");
    }

    [Fact]
    public void Evaluate_AwsManagedKeyAccepted_Passes()
    {
        var instance = WithAwsKey();
        var options = new RdsInstancePerformanceInsightsEncryptedOptions { RequireCustomerManagedKey = false };

        var finding = RuleHarness.Evaluate(RuleId, instance, new InventoryBuilder().With(instance, AwsManagedKey()).Build(), options);

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("Performance Insights data is encrypted with the AWS managed key aws-managed-1 (alias/aws/rds) (requireCustomerManagedKey is false)");
    }

    [Fact]
    public void Evaluate_PerformanceInsightsDisabled_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { PerformanceInsightsEnabled = false, PerformanceInsightsKmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("Performance Insights is not enabled");
    }

    [Fact]
    public void Evaluate_EnabledWithoutKeyId_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { PerformanceInsightsKmsKeyId = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PerformanceInsightsKmsKeyId was not collected");
    }

    [Fact]
    public void Evaluate_EnabledFlagMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { PerformanceInsightsEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("PerformanceInsightsEnabled was not collected");
    }

    [Fact]
    public void Evaluate_KeyNotInInventory_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance());

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("the KMS key arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab used for Performance Insights data is not in the inventory");
    }
}
