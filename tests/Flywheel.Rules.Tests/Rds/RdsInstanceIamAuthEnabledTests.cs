using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceIamAuthEnabledTests
{
    private const string RuleId = "rds-instance-iam-auth-enabled";

    [Theory]
    [InlineData("postgres")]
    [InlineData("mysql")]
    [InlineData("mariadb")]
    public void Evaluate_IamAuthEnabled_Passes(string engine)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: engine));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("IAM database authentication is enabled");
    }

    [Fact]
    public void Evaluate_IamAuthDisabled_FailsNamingTheEngine()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "mysql") with { IamDatabaseAuthenticationEnabled = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("IAM database authentication is disabled on mysql instance (IamDatabaseAuthenticationEnabled is false)");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("IamDatabaseAuthenticationEnabled", "false"));
    }

    [Theory]
    [InlineData("sqlserver-ee")]
    [InlineData("oracle-ee")]
    [InlineData("db2-se")]
    [InlineData("custom-oracle-ee")]
    public void Evaluate_EngineWithoutIamAuth_IsNotApplicable(string engine)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: engine) with { IamDatabaseAuthenticationEnabled = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe($"engine {engine} does not support IAM database authentication");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1", IamDatabaseAuthenticationEnabled = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's IAM database authentication setting applies");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { IamDatabaseAuthenticationEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("IamDatabaseAuthenticationEnabled was not collected");
    }

    [Fact]
    public void Evaluate_InstancesNotCollected_IsError()
    {
        var instance = Some.Instance();
        var inventory = new InventoryBuilder().With(instance).Missing(Dataset.RdsDbInstances, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, instance, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-instances not collected for 123456789012/us-east-1: AccessDenied");
    }
}
