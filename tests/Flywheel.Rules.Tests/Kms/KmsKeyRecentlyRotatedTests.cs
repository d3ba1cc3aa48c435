using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Kms.KmsKeyRecentlyRotated;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Kms;

public sealed class KmsKeyRecentlyRotatedTests
{
    private const string RuleId = "kms-key-recently-rotated";

    [Fact]
    public void Evaluate_RotatedWithinMaximum_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("key material is 326 days old: last rotated on 2026-01-01 (AUTOMATIC)");
    }

    [Fact]
    public void Evaluate_NewestRotationTooOld_FailsNamingDateAndType()
    {
        var key = Some.Key() with
        {
            Rotations =
            [
                new KeyRotation(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), "AUTOMATIC"),
                new KeyRotation(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero), "ON_DEMAND"),
            ],
        };

        var finding = RuleHarness.Evaluate(RuleId, key);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key material is 448 days old, older than the maximum of 400 days: last rotated on 2025-09-01 (ON_DEMAND)");
    }

    [Fact]
    public void Evaluate_NeverRotatedOldKey_FailsFromCreationDate()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Rotations = [] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key material is 1057 days old, older than the maximum of 400 days: never rotated since creation on 2024-01-01");
    }

    [Fact]
    public void Evaluate_ConfiguredMaximumAge_IsUsed()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key(), options: new KmsKeyRecentlyRotatedOptions { MaximumAgeDays = 300 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("key material is 326 days old, older than the maximum of 300 days: last rotated on 2026-01-01 (AUTOMATIC)");
    }

    [Fact]
    public void Evaluate_ImportedKey_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Origin = "EXTERNAL", Rotations = [] });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("key has imported key material (Origin EXTERNAL); automatic rotation is not supported, rotate it manually");
    }

    [Fact]
    public void Evaluate_RotationsNotCollectedForTheKey_IsError()
    {
        var key = Some.Key() with { Rotations = null };
        var inventory = new InventoryBuilder().With(key).MissingFor(Dataset.KmsKeyRotations, key.KeyId, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, key, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("kms list-key-rotations not collected for 123456789012/us-east-1 1234abcd-12ab-34cd-56ef-1234567890ab: AccessDenied");
    }

    [Fact]
    public void Evaluate_RotationsAbsent_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Rotations = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("Rotations was not collected");
    }

    [Fact]
    public void Evaluate_NeverRotatedAndCreationDateAbsent_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Key() with { Rotations = [], CreationDate = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("CreationDate was not collected");
    }
}
