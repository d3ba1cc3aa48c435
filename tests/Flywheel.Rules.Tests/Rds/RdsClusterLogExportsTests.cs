using Flywheel.Core.Findings;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterLogExportsTests
{
    private const string RuleId = "rds-cluster-log-exports";

    [Fact]
    public void Evaluate_AuroraPostgresqlExportingPostgresqlLog_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster());

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("exports postgresql logs to CloudWatch Logs");
    }

    [Fact]
    public void Evaluate_AuroraMysqlWithoutAudit_Fails()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "aurora-mysql") with { EnabledCloudwatchLogsExports = ["error", "general", "slowquery"] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("aurora-mysql log types not exported to CloudWatch Logs: audit (exported: error, general, slowquery)");
    }

    [Fact]
    public void Evaluate_MultiAzPostgresCluster_UsesThePostgresEntry()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster(engine: "postgres") with { ClusterInstanceClass = "db.m6gd.large", EnabledCloudwatchLogsExports = ["postgresql"] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("postgres log types not exported to CloudWatch Logs: upgrade (exported: postgresql)");
    }

    [Fact]
    public void Evaluate_ExportsMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Cluster() with { EnabledCloudwatchLogsExports = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("EnabledCloudwatchLogsExports was not collected");
    }
}
