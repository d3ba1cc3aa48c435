using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyRotationEnabledTests
{
    private const string RuleId = "kms-key-rotation-enabled";

    public static TheoryData<KmsKey, string> KeysKmsCannotRotate => new()
    {
        { Some.Key() with { KeyManager = "AWS", RotationEnabled = false }, "AWS managed key; AWS rotates its material every year" },
        { Some.Key() with { KeySpec = "HMAC_256", KeyUsage = "GENERATE_VERIFY_MAC", RotationEnabled = false }, "HMAC key (HMAC_256) does not support automatic rotation" },
        { Some.Key() with { KeySpec = "RSA_2048", KeyUsage = "SIGN_VERIFY", RotationEnabled = false }, "asymmetric key (RSA_2048) does not support automatic rotation" },
        { Some.Key() with { Origin = "EXTERNAL", RotationEnabled = false }, "key has imported key material (Origin EXTERNAL); automatic rotation is not supported, rotate it manually" },
        { Some.Key() with { Origin = "AWS_CLOUDHSM", CustomKeyStoreId = "cks-1234", RotationEnabled = false }, "key is in custom key store cks-1234 (Origin AWS_CLOUDHSM); automatic rotation is not supported" },
        { Some.Key() with { KeyState = "PendingDeletion", Enabled = false, DeletionDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), RotationEnabled = false }, "key is pending deletion (deletion on 2026-12-01)" },
    };

    [Fact]
    public void Evaluate_RotationEnabled_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automatic rotation is enabled (every 365 days)");
    }

    [Fact]
    public void Evaluate_RotationDisabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { RotationEnabled = false, RotationPeriodInDays = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automatic rotation is disabled (RotationEnabled is false)");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("RotationEnabled", "false"));
    }

    [Theory]
    [MemberData(nameof(KeysKmsCannotRotate))]
    public void Evaluate_KeyKmsCannotRotate_IsNotApplicableWithTheReason(KmsKey key, string reason)
    {
        var finding = RuleHarness.Evaluate(RuleId, key);

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Evaluate_RotationStatusNotCollectedForTheKey_IsErrorNamingTheCall()
    {
        var key = Some.Key() with { RotationEnabled = null };
        var inventory = new InventoryBuilder().With(key).MissingFor(Dataset.KmsKeyRotationStatus, key.KeyId, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms get-key-rotation-status not collected for 123456789012/us-east-1 1234abcd-12ab-34cd-56ef-1234567890ab: AccessDenied");
    }

    [Fact]
    public void Evaluate_RotationStatusAbsent_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { RotationEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RotationEnabled was not collected");
    }

    [Fact]
    public void Evaluate_KeyManagerAbsent_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { KeyManager = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("KeyManager was not collected");
    }

    [Fact]
    public void Evaluate_KeysNotCollected_IsError()
    {
        var key = Some.Key();
        var inventory = new InventoryBuilder().With(key).Missing(Dataset.KmsKeys, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms list-keys not collected for 123456789012/us-east-1: AccessDenied");
    }
}
