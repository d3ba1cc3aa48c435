using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.SecretsManager;

public sealed class SecretsmanagerSecretRotationEnabledTests
{
    private const string RuleId = "secretsmanager-secret-rotation-enabled";

    [Fact]
    public void Evaluate_RotationEnabled_PassesWithSchedule()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automatic rotation is enabled (every 30 days)");
    }

    [Fact]
    public void Evaluate_RotationByScheduleExpression_PassesNamingIt()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { RotationAutomaticallyAfterDays = null, RotationScheduleExpression = "rate(4 hours)" });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("automatic rotation is enabled (schedule rate(4 hours))");
    }

    [Fact]
    public void Evaluate_RdsManagedSecret_PassesEvenWithoutRotationFlag()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret("rds!db-db-1") with { OwningService = "rds", RotationEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("rotated by RDS (managed master user secret)");
    }

    [Fact]
    public void Evaluate_RotationDisabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { RotationEnabled = false, RotationLambdaArn = null });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("automatic rotation is not enabled (RotationEnabled is false)");
    }

    [Fact]
    public void Evaluate_RotationFlagMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Secret() with { RotationEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("RotationEnabled was not collected");
    }

    [Fact]
    public void Evaluate_SecretsNotCollected_IsError()
    {
        var secret = Some.Secret();
        var inventory = new InventoryBuilder().With(secret).Missing(Dataset.SecretsManagerSecrets, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, secret, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("secretsmanager list-secrets not collected for 123456789012/us-east-1: AccessDenied");
    }
}
