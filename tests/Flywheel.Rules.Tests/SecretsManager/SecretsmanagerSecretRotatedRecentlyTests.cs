using Flywheel.Core.Findings;
using Flywheel.Rules.SecretsManager.SecretsmanagerSecretRotatedRecently;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.SecretsManager;

public sealed class SecretsmanagerSecretRotatedRecentlyTests
{
    private const string RuleId = "secretsmanager-secret-rotated-recently";

    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_RotatedRecently_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("last rotated on 2026-11-10, 13 days ago (maximum 90 days)");
    }

    [Fact]
    public void Evaluate_RotatedTooLongAgo_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { LastRotatedDate = June1 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("last rotated on 2026-06-01, 175 days ago (maximum 90 days)");
    }

    [Fact]
    public void Evaluate_NeverRotated_FailsFromCreation()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { LastRotatedDate = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("never rotated since creation on 2025-01-01, 691 days ago (maximum 90 days)");
    }

    [Fact]
    public void Evaluate_StaleRdsManagedSecret_FailsIdentifyingIt()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret("rds!db-db-1") with { OwningService = "rds", LastRotatedDate = June1 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("RDS-managed master user secret last rotated on 2026-06-01, 175 days ago (maximum 90 days)");
    }

    [Fact]
    public void Evaluate_ConfiguredMaximum_IsUsed()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret(), options: new SecretsmanagerSecretRotatedRecentlyOptions { MaximumDays = 7 });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("last rotated on 2026-11-10, 13 days ago (maximum 7 days)");
    }

    [Fact]
    public void Evaluate_DatesMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { LastRotatedDate = null, CreatedDate = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("LastRotatedDate was not collected");
    }
}
