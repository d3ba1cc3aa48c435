using Flywheel.Core.Findings;
using Flywheel.Core.Inventory;
using Flywheel.Rules.Tests.TestData;
using Flywheel.TestKit;

namespace Flywheel.Rules.Tests.Rds;

public sealed class RdsClusterEngineVersionSupportedTests
{
    private const string RuleId = "rds-cluster-engine-version-supported";

    private static Finding Evaluate(DbCluster cluster, EngineVersion version) =>
        RuleHarness.Evaluate(RuleId, cluster, new InventoryBuilder().With(cluster, version).Build());

    [Fact]
    public void Evaluate_VersionInStandardSupport_Passes()
    {
        var finding = Evaluate(Some.Cluster(), AccountResources.EngineVersion("aurora-postgresql", "16.4"));

        finding.Status.ShouldBe(FindingStatus.Pass);
        finding.Reason.ShouldBe("aurora-postgresql 16.4 is in standard support until 2028-02-29");
    }

    [Fact]
    public void Evaluate_PastStandardSupportWithUnknownEnd_Fails()
    {
        var version = AccountResources.EngineVersion("aurora-postgresql", "16.4") with
        {
            StandardSupportEnd = new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero),
            ExtendedSupportEnd = null,
        };

        var finding = Evaluate(Some.Cluster(), version);

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("aurora-postgresql 16.4 is in RDS Extended Support since 2026-02-28 (extra charges, ends unknown)");
    }

    [Fact]
    public void Evaluate_VersionNotListed_Fails()
    {
        var finding = Evaluate(Some.Cluster(engine: "aurora-mysql"), AccountResources.EngineVersion("aurora-mysql", "8.0.mysql_aurora.3.08.0"));

        finding.Status.ShouldBe(FindingStatus.Fail);
        finding.Reason.ShouldBe("aurora-mysql 8.0.mysql_aurora.3.07.1 is not listed among available engine versions; likely deprecated");
    }

    [Fact]
    public void Evaluate_EngineVersionMissing_IsError()
    {
        var finding = Evaluate(Some.Cluster() with { EngineVersion = null }, AccountResources.EngineVersion("aurora-postgresql", "16.4"));

        finding.Status.ShouldBe(FindingStatus.Error);
        finding.Reason.ShouldBe("EngineVersion was not collected");
    }
}
