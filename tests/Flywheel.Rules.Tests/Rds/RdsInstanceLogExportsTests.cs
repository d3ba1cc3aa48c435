using Flywheel.Core.Findings;
using Flywheel.Rules.Rds.RdsInstanceLogExports;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsInstanceLogExportsTests
{
    private const string RuleId = "rds-instance-log-exports";

    [Fact]
    public void Evaluate_PostgresExportingRequiredLogs_Passes()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { EnabledCloudwatchLogsExports = ["postgresql", "upgrade"] });

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("exports postgresql, upgrade logs to CloudWatch Logs");
    }

    [Fact]
    public void Evaluate_MysqlMissingTypes_FailsListingThem()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "mysql") with { EnabledCloudwatchLogsExports = ["error", "slowquery"] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("mysql log types not exported to CloudWatch Logs: audit, general (exported: error, slowquery)");
        finding.Evidence.ShouldContain(new Core.Rules.Evidence("MissingLogTypes", "audit,general"));
    }

    [Theory]
    [InlineData("sqlserver-se", "sqlserver-se log types not exported to CloudWatch Logs: error, agent (exported: none)")]
    [InlineData("oracle-ee-cdb", "oracle-ee-cdb log types not exported to CloudWatch Logs: alert, audit, listener, trace (exported: none)")]
    [InlineData("db2-ae", "db2-ae log types not exported to CloudWatch Logs: diag.log, notify.log (exported: none)")]
    public void Evaluate_EditionsUseTheirFamilyEntry(string engine, string reason)
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: engine) with { EnabledCloudwatchLogsExports = [] });

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Evaluate_EngineWithoutConfiguredTypes_IsNotApplicable()
    {
        var options = new RdsInstanceLogExportsOptions { RequiredLogTypes = new(StringComparer.Ordinal) { ["mysql"] = ["error"] } };

        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { EnabledCloudwatchLogsExports = [] }, options: options);

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("no required log types are configured for engine postgres");
    }

    [Fact]
    public void Evaluate_AuroraMember_IsNotApplicable()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance(engine: "aurora-mysql") with { ClusterIdentifier = "cluster-1", EnabledCloudwatchLogsExports = [] });

        finding.Status.ShouldBe(FindingStatus.NotApplicable);
        finding.Reason.ShouldBe("instance is a member of Aurora cluster cluster-1; the cluster's log exports apply");
    }

    [Fact]
    public void Evaluate_ExportsMissing_IsError()
    {
        var finding = RuleHarness.Evaluate(RuleId, Some.Instance() with { EnabledCloudwatchLogsExports = null });

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("EnabledCloudwatchLogsExports was not collected");
    }
}
