using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Kms.KmsKeyRotationPeriod;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyRotationPeriodTests
{
    private const string RuleId = "kms-key-rotation-period";

    [Fact]
    public void Evaluate_PeriodWithinMaximum_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("key rotates every 365 days (maximum 365)");
    }

    [Fact]
    public void Evaluate_PeriodLongerThanMaximum_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { RotationPeriodInDays = 730 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("rotation period is 730 days, longer than the maximum of 365 days");
    }

    [Fact]
    public void Evaluate_ConfiguredMaximum_IsUsed()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key(), options: new KmsKeyRotationPeriodOptions { MaximumDays = 180 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("rotation period is 365 days, longer than the maximum of 180 days");
    }

    [Fact]
    public void Evaluate_RotationDisabled_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { RotationEnabled = false, RotationPeriodInDays = null });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("automatic rotation is disabled; see kms-key-rotation-enabled");
    }

    [Fact]
    public void Evaluate_AsymmetricKey_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeySpec = "ECC_NIST_P256", KeyUsage = "SIGN_VERIFY" });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("asymmetric key (ECC_NIST_P256) does not support automatic rotation");
    }

    [Fact]
    public void Evaluate_PeriodMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { RotationPeriodInDays = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RotationPeriodInDays was not collected");
    }

    [Fact]
    public void Evaluate_RotationStatusNotCollected_IsError()
    {
        var key = Some.Key() with { RotationEnabled = null, RotationPeriodInDays = null };
        var inventory = new InventoryBuilder().With(key).Missing(Dataset.KmsKeyRotationStatus, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms get-key-rotation-status not collected for 123456789012/us-east-1 1234abcd-12ab-34cd-56ef-1234567890ab: AccessDenied");
    }
}
