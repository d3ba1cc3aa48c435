using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterTlsEnforcedTests
{
    private const string RuleId = "rds-cluster-tls-enforced";

    private static Dictionary<string, string?> Parameters(string name, string? value) => new(StringComparer.Ordinal) { [name] = value };

    private static Core.Findings.Finding Evaluate(DbCluster cluster, params AwsResource[] others) =>
        RuleHarness.Evaluate(RuleId, cluster, new InventoryBuilder().With([cluster, .. others]).Build());

    [Fact]
    public void Evaluate_AuroraPostgresForceSslOn_Passes()
    {
        var finding = Evaluate(Some.Cluster(), Some.ParameterGroup("secure-aurora-postgresql", isCluster: true));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("aurora-postgresql: rds.force_ssl is 1 in DB cluster parameter group secure-aurora-postgresql, so connections without TLS are refused");
    }

    [Fact]
    public void Evaluate_InstanceGroupOfTheSameName_IsNotUsed()
    {
        var finding = Evaluate(Some.Cluster(), Some.ParameterGroup("secure-aurora-postgresql", isCluster: false));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("DB cluster parameter group secure-aurora-postgresql is not in the inventory");
    }

    [Fact]
    public void Evaluate_AuroraMySqlRequireSecureTransportOff_Fails()
    {
        var cluster = Some.Cluster(engine: "aurora-mysql");

        var finding = Evaluate(cluster, Some.ParameterGroup("secure-aurora-mysql", isCluster: true, parameters: Parameters("require_secure_transport", "OFF")));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("aurora-mysql: require_secure_transport is OFF in DB cluster parameter group secure-aurora-mysql, so clients may connect without TLS; set it to 1 (ON)");
    }

    [Fact]
    public void Evaluate_MultiAzPostgresCluster_ReadsForceSsl()
    {
        var cluster = Some.Cluster("maz-1", engine: "postgres") with { ClusterInstanceClass = "db.m6gd.large" };

        var finding = Evaluate(cluster, Some.ParameterGroup("secure-postgres", isCluster: true, parameters: Parameters("rds.force_ssl", "0")));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres: rds.force_ssl is 0 in DB cluster parameter group secure-postgres, so clients may connect without TLS; set it to 1");
    }

    [Fact]
    public void Evaluate_UnknownEngine_IsNotApplicable()
    {
        var finding = Evaluate(Some.Cluster(engine: "neptune"));

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("engine neptune has no TLS enforcement setting that Flywheel knows");
    }

    [Fact]
    public void Evaluate_ParameterGroupNameMissing_IsError()
    {
        var finding = Evaluate(Some.Cluster() with { ParameterGroupName = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("ParameterGroupName was not collected");
    }

    [Fact]
    public void Evaluate_ClusterParametersNotCollected_IsErrorNamingTheGap()
    {
        var cluster = Some.Cluster();
        var inventory = new InventoryBuilder()
            .With(cluster, Some.ParameterGroup("secure-aurora-postgresql", isCluster: true) with { Parameters = null })
            .Missing(Dataset.RdsDbClusterParameters, reason: "AccessDenied")
            .Build();

        var finding = RuleHarness.Evaluate(RuleId, cluster, inventory);

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("rds describe-db-cluster-parameters not collected for 123456789012/us-east-1 secure-aurora-postgresql: AccessDenied");
    }
}
