using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterIamAuthEnabledTests
{
    private const string RuleId = "rds-cluster-iam-auth-enabled";

    [Theory]
    [InlineData("aurora-postgresql")]
    [InlineData("aurora-mysql")]
    [InlineData("mysql")]
    public void Evaluate_IamAuthEnabled_Passes(string engine)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: engine));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("IAM database authentication is enabled");
    }

    [Fact]
    public void Evaluate_IamAuthDisabled_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { IamDatabaseAuthenticationEnabled = false });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("IAM database authentication is disabled on aurora-postgresql cluster (IamDatabaseAuthenticationEnabled is false)");
    }

    [Fact]
    public void Evaluate_UnsupportedEngine_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "neptune") with { IamDatabaseAuthenticationEnabled = false });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("engine neptune does not support IAM database authentication");
    }

    [Fact]
    public void Evaluate_FieldMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { IamDatabaseAuthenticationEnabled = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("IamDatabaseAuthenticationEnabled was not collected");
    }

    [Fact]
    public void Evaluate_ClustersNotCollected_IsError()
    {
        var cluster = Some.Cluster();
        var inventory = new InventoryBuilder().With(cluster).Missing(Dataset.RdsDbClusters, reason: "AccessDenied").Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-clusters not collected for 123456789012/us-east-1: AccessDenied");
    }
}
